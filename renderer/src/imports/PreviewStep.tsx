// Step 3: every row checked, problems listed and marked in the table. Import is
// offered only when every row is valid: the file stays the one thing to correct.
import { useState } from 'react';
import { mappedFields } from '@shared/imports/planImport';
import { ImportSummary } from './ImportSummary';
import { PREVIEW_ROWS, PreviewTable } from './PreviewTable';
import { RowErrorList } from './RowErrorList';
import { StepHeading } from './StepHeading';
import { countOf, useImportAction } from './useImportAction';
import type { ImportWizard } from './useImportWizard';
import type { ImportPlan } from '@shared/imports/planImport';

/** "Import 12 commitments"; for opportunities what changes: "Import: 3 new, 2 updated". */
function importLabel(plan: ImportPlan, isImporting: boolean): string {
  if (plan.kind !== 'opportunities') return isImporting ? `Importing ${countOf(plan.kind, plan.validCount)}…` : `Import ${countOf(plan.kind, plan.validCount)}`;
  const { create, update } = plan.actions;
  if (create + update === 0) return 'Nothing to change';
  const what = [create > 0 ? `${create.toLocaleString()} new` : '', update > 0 ? `${update.toLocaleString()} updated` : ''].filter(Boolean).join(', ');
  return isImporting ? `Importing: ${what}…` : `Import: ${what}`;
}

type RowFilter = 'all' | 'invalid';

export function PreviewStep({ wizard, onDone }: { readonly wizard: ImportWizard; readonly onDone: () => void }) {
  const [filter, setFilter] = useState<RowFilter>('all');
  const action = useImportAction(onDone);
  const { plan, file, options } = wizard;
  if (!file) return null;
  if (!plan) return <p role="status">Checking every row…</p>;
  const hasErrors = plan.invalidCount > 0;
  const rows = filter === 'invalid' && hasErrors ? plan.rows.filter((r) => !r.input) : plan.rows;
  const isNothingToDo = plan.kind === 'opportunities' && plan.actions.create + plan.actions.update === 0;

  return (
    <>
      <StepHeading isFocused>Check the rows of “{file.name}”</StepHeading>
      <ImportSummary plan={plan} />
      {hasErrors && <RowErrorList errors={plan.errors} />}
      <div className="import-preview-bar">
        <p className="muted">{rows.length > PREVIEW_ROWS ? `The first ${PREVIEW_ROWS} of ${rows.length.toLocaleString()} rows.` : 'Every row, as Steward read it.'}</p>
        {hasErrors && (
          <div className="segmented" role="group" aria-label="Rows shown">
            <button type="button" aria-pressed={filter === 'all'} onClick={() => setFilter('all')}>
              All rows
            </button>
            <button type="button" aria-pressed={filter === 'invalid'} onClick={() => setFilter('invalid')}>
              Rows with errors
            </button>
          </div>
        )}
      </div>
      <PreviewTable rows={rows} fields={mappedFields(options)} showsAction={plan.kind === 'opportunities'} />
      {action.failure && (
        <p className="form-failure" role="alert">
          {action.failure}
        </p>
      )}
      {hasErrors && <p className="import-blocked">Nothing is imported until every row is valid: correct the file, then choose it again.</p>}
      <div className="form-actions">
        <button type="button" className="button button-quiet" onClick={() => wizard.setStep('mapping')}>
          Back
        </button>
        {hasErrors && (
          <button type="button" className="button" onClick={() => wizard.setStep('file')}>
            Choose a corrected file
          </button>
        )}
        <button
          type="button"
          className="button button-primary"
          disabled={hasErrors || action.isImporting || isNothingToDo}
          onClick={() => void action.run({ table: file.table, options, fileName: file.name })}
        >
          {importLabel(plan, action.isImporting)}
        </button>
      </div>
    </>
  );
}
