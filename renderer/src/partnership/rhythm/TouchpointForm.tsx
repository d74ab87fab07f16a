// Log (or edit) a touchpoint: what happened, who was there, what was decided and who
// owes what next, saved in one step. Errors show beside their row and field; nothing typed is lost.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Partnership, Stakeholder } from '@shared/domain';
import { TOUCHPOINT_KINDS } from '@shared/domain';
import { Field } from '../../components/Field';
import { Select } from '../../components/Select';
import { FormFooter } from '../../components/FormFooter';
import { useFormSave } from '../../components/useFormSave';
import { DecisionRows } from './DecisionRows';
import { DiscussedCommitments } from './DiscussedCommitments';
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
  /** The submit button's words when logging (Recording a meeting says "Save meeting"). */
  readonly submitLabel?: string;
}

export function TouchpointForm({ partnership, stakeholders, initial, isEditing, context, onSave, onCancel, submitLabel }: Props) {
  const [draft, setDraft] = useState<TouchpointDraft>(initial);
  const { formRef, errors, failure, isSaving, save } = useFormSave();
  const change = (patch: Partial<TouchpointDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const text = (key: 'occurredOn' | 'title' | 'summary' | 'internalNotes') => ({
    value: draft[key],
    onChange: (e: { target: { value: string } }) => change({ [key]: e.target.value }),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const cleaned = withoutBlankRows(draft);
    setDraft(cleaned);
    await save({}, () => onSave(cleaned));
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
          {draft.discussed && (
            <DiscussedCommitments
              rows={draft.discussed}
              errors={errors}
              stakeholdersById={new Map(stakeholders.map((s) => [s.id as string, s]))}
              partnerOrg={partnership.partnerOrg}
              onChange={(discussed) => change({ discussed })}
            />
          )}
          <DecisionRows rows={draft.decisions} errors={errors} onChange={(decisions) => change({ decisions })} />
          <FollowUpRows rows={draft.followUps} errors={errors} stakeholders={stakeholders} partnerOrg={partnership.partnerOrg} occurredOn={draft.occurredOn} onChange={(followUps) => change({ followUps })} />
        </>
      )}
      <FormFooter failure={failure ?? errors['touchpoint.cadenceId'] ?? errors['touchpoint.occurrence']} isSaving={isSaving} submitLabel={isEditing ? 'Save changes' : (submitLabel ?? 'Log touchpoint')} onCancel={onCancel} />
    </form>
  );
}
