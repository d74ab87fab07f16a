// Add or edit a person on either side. Errors show beside their fields and nothing the
// user typed is lost; the repository validates again before it writes.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { AllianceRole, Side, Stakeholder, StakeholderInput } from '@shared/domain';
import { FUNCTIONS, stakeholderInputSchema, validate } from '@shared/domain';
import { SIDE_ORDER } from '@shared/stakeholderMap';
import { Field } from '../../components/Field';
import { Select } from '../../components/Select';
import { FormFooter } from '../../components/FormFooter';
import { RolePicker } from './RolePicker';
import { useFormSave } from '../../components/useFormSave';
import type { SideLabels } from './sideLabels';
import { sideHeading } from './sideLabels';
import { useInitialFocus } from './useInitialFocus';

interface StakeholderDraft {
  side: string;
  name: string;
  title: string;
  function: string;
  roles: readonly AllianceRole[];
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
    roles: initial?.roles ?? [defaults.role ?? 'contributor'],
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
  const { formRef, errors, failure, isSaving, save } = useFormSave();
  const nameRef = useInitialFocus<HTMLInputElement>();
  const set = (key: keyof StakeholderDraft) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: event.target.value }));
  // A bad role is reported on its item (roles.0); the picker shows the first roles error.
  const rolesError = Object.entries(errors).find(([key]) => key === 'roles' || key.startsWith('roles.'))?.[1];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(stakeholderInputSchema, { ...draft, partnershipId });
    if (!checked.ok) return save(checked.errors, async () => undefined);
    await save({}, () => onSave(checked.value));
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
        <div className="stakeholders-form-wide">
          <RolePicker roles={draft.roles} error={rolesError} onChange={(roles) => setDraft((d) => ({ ...d, roles }))} />
        </div>
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
      <FormFooter failure={failure} isSaving={isSaving} submitLabel={initial ? 'Save changes' : 'Add person'} onCancel={onCancel} />
    </form>
  );
}
