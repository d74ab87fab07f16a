// When a health check was taken, from whose perspective, and who answered.
import { useId } from 'react';
import type { Dispatch, SetStateAction } from 'react';
import type { FieldErrors, Perspective, Stakeholder } from '@shared/domain';
import { PERSPECTIVES } from '@shared/domain';
import type { HealthCheckDraft } from '@shared/healthView';
import { PERSPECTIVE_LABELS } from '@shared/healthView';
import { Field } from '../../components/Field';

const PERSPECTIVE_HINTS = {
  ours: 'How we see the partnership.',
  partner: 'The partner’s answers, entered by you.',
} as const satisfies Record<Perspective, string>;

interface Props {
  readonly draft: HealthCheckDraft;
  readonly errors: FieldErrors;
  readonly stakeholders: readonly Stakeholder[];
  readonly onChange: Dispatch<SetStateAction<HealthCheckDraft>>;
}

export function CheckDetails({ draft, errors, stakeholders, onChange }: Props) {
  const listId = useId();
  const side = draft.perspective === 'ours' ? 'us' : 'partner';
  const people = stakeholders.filter((s) => s.side === side);
  const setPerspective = (value: string) => {
    const perspective = PERSPECTIVES.find((p) => p === value);
    if (perspective) onChange((d) => ({ ...d, perspective }));
  };
  return (
    <div className="form-grid">
      <Field label="Date" required error={errors.assessedOn}>
        {(a) => <input {...a} type="date" autoFocus value={draft.assessedOn} onChange={(e) => onChange((d) => ({ ...d, assessedOn: e.target.value }))} />}
      </Field>
      <Field label="Perspective" error={errors.perspective} hint={PERSPECTIVE_HINTS[draft.perspective]}>
        {(a) => (
          <select {...a} value={draft.perspective} onChange={(e) => setPerspective(e.target.value)}>
            {PERSPECTIVES.map((p) => (
              <option key={p} value={p}>
                {PERSPECTIVE_LABELS[p]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Respondent" error={errors.respondent} hint={draft.perspective === 'ours' ? 'Who on our side scored it.' : 'Who on the partner’s side answered.'}>
        {(a) => (
          <input {...a} value={draft.respondent} list={listId} onChange={(e) => onChange((d) => ({ ...d, respondent: e.target.value }))} autoComplete="off" />
        )}
      </Field>
      <datalist id={listId}>
        {people.map((s) => (
          <option key={s.id} value={s.name} />
        ))}
      </datalist>
    </div>
  );
}
