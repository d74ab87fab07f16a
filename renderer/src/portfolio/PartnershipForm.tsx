// Create or edit a partnership. Errors show beside their fields and nothing the
// user typed is lost; the repository validates again before it writes.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { FieldErrors, Partnership, PartnershipInput } from '@shared/domain';
import { PARTNERSHIP_STATUSES, PARTNERSHIP_TYPES, partnershipInputSchema, validate } from '@shared/domain';
import { Field } from '../components/Field';
import { FormFooter } from '../components/FormFooter';
import { useFormSave } from '../components/useFormSave';
import { Select } from '../components/Select';

export interface PartnershipDraft {
  name: string;
  partnerOrg: string;
  type: string;
  status: string;
  signedOn: string;
  termEndsOn: string;
  owner: string;
  tags: string;
}

export function draftFrom(p?: Partnership): PartnershipDraft {
  return {
    name: p?.name ?? '',
    partnerOrg: p?.partnerOrg ?? '',
    type: p?.type ?? 'technology',
    status: p?.status ?? 'active',
    signedOn: p?.signedOn ?? '',
    termEndsOn: p?.termEndsOn ?? '',
    owner: p?.owner ?? '',
    tags: p?.tags.join(', ') ?? '',
  };
}

export function inputFrom(draft: PartnershipDraft): PartnershipInput {
  const tags = draft.tags.split(',').map((t) => t.trim()).filter(Boolean);
  return { ...draft, tags } as PartnershipInput;
}

interface Props {
  readonly initial?: Partnership;
  readonly onSave: (input: PartnershipInput) => Promise<void>;
  readonly onCancel: () => void;
}

export function PartnershipForm({ initial, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState<PartnershipDraft>(() => draftFrom(initial));
  const { formRef, errors, failure, isSaving, save } = useFormSave();
  const set = (key: keyof PartnershipDraft) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: event.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = inputFrom(draft);
    const checked = validate(partnershipInputSchema, input);
    await save(checked.ok ? {} : checked.errors, () => onSave(input));
  }

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate>
      <div className="form-grid">
        <Field label="Name" required error={errors.name} hint="What you call this partnership, e.g. “Acme co-sell EMEA”.">
          {(a) => <input {...a} value={draft.name} onChange={set('name')} autoFocus autoComplete="off" />}
        </Field>
        <Field label="Partner organisation" required error={errors.partnerOrg}>
          {(a) => <input {...a} value={draft.partnerOrg} onChange={set('partnerOrg')} autoComplete="off" />}
        </Field>
        <Field label="Type" error={errors.type}>
          {(a) => <Select {...a} value={draft.type} onChange={set('type')} options={PARTNERSHIP_TYPES} />}
        </Field>
        <Field label="Status" error={errors.status}>
          {(a) => <Select {...a} value={draft.status} onChange={set('status')} options={PARTNERSHIP_STATUSES} />}
        </Field>
        <Field label="Signed on" error={errors.signedOn}>
          {(a) => <input {...a} type="date" value={draft.signedOn} onChange={set('signedOn')} />}
        </Field>
        <Field label="Term ends on" error={errors.termEndsOn} hint="The renewal date; Steward warns you 90 days before.">
          {(a) => <input {...a} type="date" value={draft.termEndsOn} onChange={set('termEndsOn')} />}
        </Field>
        <Field label="Our owner" error={errors.owner}>
          {(a) => <input {...a} value={draft.owner} onChange={set('owner')} autoComplete="off" />}
        </Field>
        <Field label="Tags" error={errors.tags ?? firstTagError(errors)} hint="Separate with commas.">
          {(a) => <input {...a} value={draft.tags} onChange={set('tags')} autoComplete="off" />}
        </Field>
      </div>
      <FormFooter failure={failure} isSaving={isSaving} submitLabel={initial ? 'Save changes' : 'Create partnership'} onCancel={onCancel} />
    </form>
  );
}

function firstTagError(errors: FieldErrors): string | undefined {
  return Object.entries(errors).find(([key]) => key.startsWith('tags.'))?.[1];
}
