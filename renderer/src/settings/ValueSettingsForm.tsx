// Settings for proving value: the currency reports convert to, and the pipeline's stages.
// Saved on their own (saveValueSettings): a rename carries the opportunities in that stage,
// and removing a stage they are in is refused with how many there are; nothing typed is lost.
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { Settings } from '@shared/domain';
import { appContext, db } from '../../db/db';
import { useLiveQuery } from '../../db/live';
import { saveValueSettings } from '../../db/settings';
import { countOpportunitiesByStage } from '../../db/value';
import { Field } from '../components/Field';
import { useFormSave } from '../components/useFormSave';
import { useToast } from '../components/ToastProvider';
import { CurrencySelect } from './CurrencySelect';
import type { StageRow } from './stageRows';
import { renamesOf, rowsOf } from './stageRows';
import { StageRowsEditor } from './StageRowsEditor';
import './valueSettings.css';

const NO_COUNTS: ReadonlyMap<string, number> = new Map();

export function ValueSettingsForm({ settings }: { readonly settings: Settings }) {
  const [currency, setCurrency] = useState(settings.reportingCurrency);
  const [rows, setRows] = useState<StageRow[]>(() => rowsOf(settings.opportunityStages));
  const inUse = useLiveQuery(() => countOpportunitiesByStage(db), []) ?? NO_COUNTS;
  const { formRef, errors, failure, isSaving, save } = useFormSave('Could not save the pipeline settings');
  const toast = useToast();
  const nextKey = useRef(0);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const stages = rows.map((r) => ({ name: r.name, outcome: r.outcome }));
    const outcome = await save({}, () => saveValueSettings(appContext, { reportingCurrency: currency, opportunityStages: stages }, renamesOf(rows)));
    if (outcome.saved) toast({ message: 'Pipeline settings saved.' });
  }
  const addStage = () => setRows((r) => [...r, { key: `new-${(nextKey.current += 1)}`, name: '', outcome: 'open' }]);

  return (
    <form ref={formRef} className="form panel" onSubmit={submit} noValidate aria-label="Pipeline and currency">
      <h2>Pipeline and currency</h2>
      <div className="form-grid">
        <Field label="Reporting currency" error={errors.reportingCurrency} hint="Totals on the Value tab, the Portfolio and the reviews are converted to it.">
          {(a) => <CurrencySelect {...a} value={currency} onChange={setCurrency} />}
        </Field>
      </div>
      <h3 className="settings-sub">Opportunity stages</h3>
      <p className="muted settings-note">In pipeline order. Keep at least one open, one won and one lost stage; renaming a stage moves its opportunities with it.</p>
      <StageRowsEditor rows={rows} inUse={inUse} errors={errors} onChange={setRows} />
      {errors.opportunityStages && (
        <p className="field-error" role="alert">
          {errors.opportunityStages}
        </p>
      )}
      {failure && (
        <p className="form-failure" role="alert">
          {failure}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={addStage}>
          Add a stage
        </button>
        <button type="submit" className="button button-primary" disabled={isSaving}>
          Save pipeline settings
        </button>
      </div>
    </form>
  );
}
