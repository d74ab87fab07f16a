import { useState } from 'react';
import type { FormEvent } from 'react';
import type { IntentVersion } from '@shared/domain';
import { agreementSchema, validate } from '@shared/domain';
import { appContext } from '../../../db/db';
import { agreeIntent } from '../../../db/intents';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { useFormSave } from '../../components/useFormSave';

interface Props {
  readonly draft: IntentVersion;
  /** The version in force, which agreeing this draft supersedes. */
  readonly previous?: IntentVersion;
  readonly today: string;
  /** Our side's names to start from (the user's own name, from settings). */
  readonly defaultUs: string;
  readonly onAgreed: (agreed: IntentVersion) => void;
  readonly onClose: () => void;
}

/** Records that both sides agreed the draft: when, and who on each side. */
export function AgreeDialog({ draft, previous, today, defaultUs, onAgreed, onClose }: Props) {
  const [form, setForm] = useState({ agreedOn: today, agreedByUs: defaultUs, agreedByPartner: '' });
  const { formRef, errors, failure, isSaving, save } = useFormSave('Could not agree the draft');
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: event.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(agreementSchema, form);
    const outcome = await save(checked.ok ? {} : checked.errors, () => agreeIntent(appContext, draft.id, checked.ok ? checked.value : form));
    if (outcome.saved) onAgreed(outcome.value);
  }

  const consequence = previous
    ? `Version ${previous.version}, agreed until now, will be marked superseded. Agreed versions cannot be edited afterwards.`
    : 'This becomes the first agreed version of the charter. Agreed versions cannot be edited afterwards.';
  return (
    <Dialog title={`Agree version ${draft.version}`} onClose={onClose}>
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
        <p className="intent-dialog-intro">{consequence}</p>
        <div className="intent-agree-grid">
          <Field label="Agreed on" required error={errors.agreedOn}>
            {(a) => <input {...a} type="date" value={form.agreedOn} onChange={set('agreedOn')} />}
          </Field>
          <Field label="Agreed by us" required error={errors.agreedByUs} hint="Names on our side, separated by commas.">
            {(a) => <input {...a} value={form.agreedByUs} onChange={set('agreedByUs')} autoComplete="off" autoFocus={!defaultUs} />}
          </Field>
          <Field label="Agreed by the partner" required error={errors.agreedByPartner} hint="Names on the partner's side, separated by commas.">
            {(a) => <input {...a} value={form.agreedByPartner} onChange={set('agreedByPartner')} autoComplete="off" autoFocus={Boolean(defaultUs)} />}
          </Field>
        </div>
        <FormFooter failure={failure} isSaving={isSaving} submitLabel={`Agree version ${draft.version}`} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
