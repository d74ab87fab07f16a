// Add or edit a person on either side. Errors show beside their fields and nothing the
// user typed is lost; the repository validates again before it writes.
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { AllianceRole, FieldErrors, Side, Stakeholder, StakeholderInput } from '@shared/domain';
import { ALLIANCE_ROLES, FUNCTIONS, ValidationError, stakeholderInputSchema, validate } from '@shared/domain';
import { ROLE_DESCRIPTIONS, SIDE_ORDER } from '@shared/stakeholderMap';
import { Field } from '../../components/Field';
import { Select } from '../../components/Select';
import { messageOf } from '../../components/ToastProvider';
import { useFocusFirstError } from '../../components/useFocusFirstError';
import type { SideLabels } from './sideLabels';
import { sideHeading } from './sideLabels';
import { useInitialFocus } from './useInitialFocus';

interface StakeholderDraft {
  side: string;
  name: string;
  title: string;
  function: string;
  role: string;
  approvalAuthority: string;
  contact: string;
  internalNotes: string;
}

/** Where a new person starts: the side (and role) the user added them from. */
export interface NewPersonDefaults {
  readonly side: Side;
  readonly role?: AllianceRole;
}

function draftFrom(initial: Stakeholder | undefined, defaults: NewPersonDefaults): StakeholderDraft {
  return {
    side: initial?.side ?? defaults.side,
    name: initial?.name ?? '',
    title: initial?.title ?? '',
    function: initial?.function ?? 'other',
    role: initial?.role ?? defaults.role ?? 'contributor',
    approvalAuthority: initial?.approvalAuthority ?? '',
    contact: initial?.contact ?? '',
    internalNotes: initial?.internalNotes ?? '',
  };
}

interface Props {
  readonly partnershipId: string;
  readonly sides: SideLabels;
  readonly initial?: Stakeholder;
  readonly defaults: NewPersonDefaults;
  readonly onSave: (input: StakeholderInput) => Promise<void>;
  readonly onCancel: () => void;
}

export function StakeholderForm({ partnershipId, sides, initial, defaults, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState<StakeholderDraft>(() => draftFrom(initial, defaults));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string>();
  const [isSaving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);
  const nameRef = useInitialFocus<HTMLInputElement>();
  const set = (key: keyof StakeholderDraft) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: event.target.value }));
  const role = ALLIANCE_ROLES.find((r) => r === draft.role);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(stakeholderInputSchema, { ...draft, partnershipId });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    setFailure(undefined);
    setSaving(true);
    try {
      await onSave(checked.value);
    } catch (error) {
      if (error instanceof ValidationError) setErrors(error.errors);
      else setFailure(`Could not save: ${messageOf(error)}`);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate>
      <div className="form-grid">
        <Field label="Name" required error={errors.name}>
          {(a) => <input {...a} ref={nameRef} value={draft.name} onChange={set('name')} autoComplete="off" />}
        </Field>
        <Field label="Title" error={errors.title} hint="e.g. “VP Partnerships”.">
          {(a) => <input {...a} value={draft.title} onChange={set('title')} autoComplete="off" />}
        </Field>
        <Field label="Side" error={errors.side}>
          {(a) => (
            <select {...a} value={draft.side} onChange={set('side')}>
              {SIDE_ORDER.map((side) => (
                <option key={side} value={side}>
                  {sideHeading(sides[side])}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Function" error={errors.function}>
          {(a) => <Select {...a} value={draft.function} onChange={set('function')} options={FUNCTIONS} />}
        </Field>
        <Field label="Alliance role" error={errors.role} hint={role && ROLE_DESCRIPTIONS[role]}>
          {(a) => <Select {...a} value={draft.role} onChange={set('role')} options={ALLIANCE_ROLES} />}
        </Field>
        <Field label="Approval authority" error={errors.approvalAuthority} hint="Internal. e.g. “Signs up to $250k”.">
          {(a) => <input {...a} value={draft.approvalAuthority} onChange={set('approvalAuthority')} autoComplete="off" />}
        </Field>
        <div className="stakeholders-form-wide">
          <Field label="Contact" error={errors.contact} hint="Email, phone or both; an email becomes a link.">
            {(a) => <input {...a} value={draft.contact} onChange={set('contact')} autoComplete="off" />}
          </Field>
        </div>
        <div className="stakeholders-form-wide">
          <Field label="Internal notes" error={errors.internalNotes} hint="Internal: never shared with the partner.">
            {(a) => <textarea {...a} value={draft.internalNotes} onChange={set('internalNotes')} rows={3} />}
          </Field>
        </div>
      </div>
      {failure && (
        <p className="form-failure" role="alert">
          {failure}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button button-quiet" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={isSaving}>
          {initial ? 'Save changes' : 'Add person'}
        </button>
      </div>
    </form>
  );
}
