import type { CrmPreset } from '@shared/imports/crm';
import { CRM_PRESETS, PRESET_LABELS } from '@shared/imports/crm';
import type { ImportWizard } from './useImportWizard';

const PRESET_HINTS: Readonly<Record<CrmPreset, string>> = {
  salesforce: 'A report of opportunities exported as CSV: Opportunity Name, Account Name, Amount, Stage, Close Date, Opportunity ID…',
  hubspot: 'Deals exported from HubSpot: Record ID, Deal Name, Deal Stage, Amount, Close Date, Create Date…',
  manual: 'Any other CSV: you match its columns in the next step.',
};

/** Which CRM the file comes from: guessed from the header once a file is chosen, changeable. */
export function CrmSourceChoice({ wizard }: { readonly wizard: ImportWizard }) {
  const { preset, detected } = wizard.crm;
  return (
    <>
      <fieldset className="import-kinds">
        <legend className="visually-hidden">Where the file comes from</legend>
        {CRM_PRESETS.map((p) => (
          <label key={p} className="import-kind">
            <input type="radio" name="import-preset" value={p} checked={preset === p} onChange={() => wizard.setPreset(p)} />
            <span className="import-kind-name">{PRESET_LABELS[p]}</span>
            <span className="import-kind-hint">{PRESET_HINTS[p]}</span>
          </label>
        ))}
      </fieldset>
      {wizard.file && detected && (
        <p className="import-detected">
          {detected === 'manual' ? 'Steward did not recognise the columns as a Salesforce or HubSpot export: match them yourself in the next step.' : `The columns look like a ${PRESET_LABELS[detected]}.`}
        </p>
      )}
    </>
  );
}
