import { useState } from 'react';
import type { FormEvent } from 'react';
import type { IntentVersion, Partnership } from '@shared/domain';
import { newId } from '../../../db/ids';
import type { IntentForm } from '@shared/intentView';
import { intentFormFrom } from '@shared/intentView';
import { GoalRowsEditor } from './GoalRowsEditor';
import { ScopeFields } from './ScopeFields';
import { TextSectionField } from './TextSectionField';
import { TradeoffRowsEditor } from './TradeoffRowsEditor';
import { useDraftSave } from './useDraftSave';
import { ValueExchangeFields } from './ValueExchangeFields';

interface Props {
  readonly partnership: Partnership;
  /** The open draft to edit; none writes the first draft. */
  readonly draft?: IntentVersion;
  readonly onSaved: (saved: IntentVersion) => void;
  readonly onCancel: () => void;
}

/** The whole charter as one form; only drafts are ever edited. */
export function IntentEditor({ partnership, draft, onSaved, onCancel }: Props) {
  const [form, setForm] = useState<IntentForm>(() => intentFormFrom(draft, newId));
  const { formRef, errors, failure, isSaving, save } = useDraftSave(partnership.id, draft);
  const set = <K extends keyof IntentForm>(key: K) => (value: IntentForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const text = (key: 'purpose' | 'nonNegotiables' | 'successCriteria' | 'exitConditions' | 'internalNotes', hint: string) => (
    <TextSectionField section={key} value={form[key]} errors={errors} hint={hint} onChange={set(key)} />
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await save(form);
    if (saved) onSaved(saved);
  }

  const title = draft ? `Edit draft v${draft.version}` : 'Write the intent';
  return (
    <form ref={formRef} className="intent-editor" onSubmit={submit} noValidate aria-labelledby="intent-editor-title">
      <header className="intent-header">
        <div>
          <h2 id="intent-editor-title">{title}</h2>
          <p className="intent-editor-intro">
            Saving keeps this version as a draft; agree it once both sides have signed up to it. Sections marked Internal never
            reach the partner.
          </p>
        </div>
      </header>
      {text('purpose', 'Why this partnership exists, in a sentence or two both sides would sign.')}
      <GoalRowsEditor rows={form.goals} errors={errors} onChange={set('goals')} />
      <ValueExchangeFields value={form.valueExchange} partnerOrg={partnership.partnerOrg} errors={errors} onChange={set('valueExchange')} />
      <ScopeFields value={form.scope} errors={errors} onChange={set('scope')} />
      <TradeoffRowsEditor rows={form.tradeoffs} errors={errors} onChange={set('tradeoffs')} />
      {text('nonNegotiables', 'What we will not give up, whatever is offered.')}
      {text('successCriteria', 'How both sides will judge that the partnership works.')}
      {text('exitConditions', 'When and how either side may leave.')}
      {text('internalNotes', 'Context for your own team: history, politics, concerns.')}
      {failure && (
        <p className="form-failure" role="alert">
          {failure}
        </p>
      )}
      <div className="form-actions intent-editor-actions">
        <button type="button" className="button button-quiet" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={isSaving}>
          Save draft
        </button>
      </div>
    </form>
  );
}
