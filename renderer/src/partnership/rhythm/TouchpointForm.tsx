// Log (or edit) a touchpoint: what happened, who was there, what was decided and who
// owes what next, saved in one step. Errors show beside their row and field; nothing typed is lost.
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { FieldErrors, Partnership, Stakeholder } from '@shared/domain';
import { TOUCHPOINT_KINDS, ValidationError } from '@shared/domain';
import { Field } from '../../components/Field';
import { Select } from '../../components/Select';
import { messageOf } from '../../components/ToastProvider';
import { useFocusFirstError } from '../../components/useFocusFirstError';
import { DecisionRows } from './DecisionRows';
import { FollowUpRows } from './FollowUpRows';
import { StakeholderChecks } from './StakeholderChecks';
import type { TouchpointDraft } from './touchpointDraft';
import { withoutBlankRows } from './touchpointDraft';

interface Props {
  readonly partnership: Partnership;
  readonly stakeholders: readonly Stakeholder[];
  readonly initial: TouchpointDraft;
  /** Editing changes the touchpoint only: its decisions and follow-ups live on in their own lists. */
  readonly isEditing?: boolean;
  /** A line above the form saying what it is for, e.g. the cadence occurrence it holds. */
  readonly context?: string;
  /** Throws a ValidationError keyed touchpoint.* / decisions.N.* / followUps.N.* on bad input. */
  readonly onSave: (draft: TouchpointDraft) => Promise<void>;
  readonly onCancel: () => void;
}

export function TouchpointForm({ partnership, stakeholders, initial, isEditing, context, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState<TouchpointDraft>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string>();
  const [isSaving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);
  const change = (patch: Partial<TouchpointDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const text = (key: 'occurredOn' | 'title' | 'summary' | 'internalNotes') => ({
    value: draft[key],
    onChange: (e: { target: { value: string } }) => change({ [key]: e.target.value }),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const cleaned = withoutBlankRows(draft);
    setDraft(cleaned);
    setFailure(undefined);
    setSaving(true);
    try {
      await onSave(cleaned);
    } catch (error) {
      if (error instanceof ValidationError) setErrors(error.errors);
      else setFailure(`Could not save: ${messageOf(error)}`);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form ref={formRef} className="form rhythm-form" onSubmit={submit} noValidate>
      {context && <p className="rhythm-context">{context}</p>}
      <div className="form-grid">
        <Field label="Kind" error={errors['touchpoint.kind']}>
          {(a) => <Select {...a} value={draft.kind} onChange={(e) => change({ kind: TOUCHPOINT_KINDS.find((k) => k === e.target.value) ?? draft.kind })} options={TOUCHPOINT_KINDS} />}
        </Field>
        <Field label="Date" required error={errors['touchpoint.occurredOn']}>
          {(a) => <input {...a} type="date" {...text('occurredOn')} />}
        </Field>
      </div>
      <Field label="Title" required error={errors['touchpoint.title']}>
        {(a) => <input {...a} {...text('title')} autoFocus autoComplete="off" />}
      </Field>
      <StakeholderChecks legend="Attendees" stakeholders={stakeholders} selected={draft.attendeeIds} onChange={(attendeeIds) => change({ attendeeIds })} partnerOrg={partnership.partnerOrg} />
      <Field label="Summary" error={errors['touchpoint.summary']} hint="Shared: may appear in what the partner sees.">
        {(a) => <textarea {...a} rows={5} {...text('summary')} />}
      </Field>
      <Field label="Internal notes" error={errors['touchpoint.internalNotes']} hint="Internal: never leaves Steward in a partner export.">
        {(a) => <textarea {...a} rows={3} {...text('internalNotes')} />}
      </Field>
      {isEditing ? (
        <p className="field-hint rhythm-context">Decisions are edited in the decision log below the timeline; follow-ups on the Commitments tab.</p>
      ) : (
        <>
          <DecisionRows rows={draft.decisions} errors={errors} onChange={(decisions) => change({ decisions })} />
          <FollowUpRows rows={draft.followUps} errors={errors} stakeholders={stakeholders} partnerOrg={partnership.partnerOrg} occurredOn={draft.occurredOn} onChange={(followUps) => change({ followUps })} />
        </>
      )}
      {(failure || errors['touchpoint.cadenceId'] || errors['touchpoint.occurrence']) && (
        <p className="form-failure" role="alert">
          {failure ?? errors['touchpoint.cadenceId'] ?? errors['touchpoint.occurrence']}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button button-quiet" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={isSaving}>
          {isEditing ? 'Save changes' : 'Log touchpoint'}
        </button>
      </div>
    </form>
  );
}
