// Step 2: which column of the file fills which field, guessed from the header and
// changeable; for stakeholders and commitments, which partnership the rows belong to.
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { IMPORT_FIELDS } from '@shared/imports/fields';
import { dateCells, mappingProblems } from '@shared/imports/planImport';
import { cleanCell, isYearLastDate, knownDateOrder } from '@shared/imports/values';
import type { DateOrder } from '@shared/imports/values';
import { usePartnerships } from '../../db/hooks';
import { MappingRow } from './MappingRow';
import { OpportunityDefaults } from './OpportunityDefaults';
import { PartnershipChoice } from './PartnershipChoice';
import { StageMatching } from './StageMatching';
import { stageRows } from './useCrmChoices';
import { StepHeading } from './StepHeading';
import type { ImportWizard } from './useImportWizard';

export function MappingStep({ wizard }: { readonly wizard: ImportWizard }) {
  const partnerships = usePartnerships();
  const [isChecked, setChecked] = useState(false);
  const formRef = useRef<HTMLDivElement>(null);
  const { file, kind, options } = wizard;
  if (!file) return null;
  const problems = mappingProblems(options);
  const fields = IMPORT_FIELDS[kind].filter((f) => !(f.key === 'partnership' && options.partnershipId !== undefined));
  const firstRow = file.table.records[0]?.cells ?? [];
  const used = new Set(fields.map((f) => wizard.mapping[f.key]));
  const unused = file.table.header.filter((_, i) => !used.has(i));
  const cells = dateCells(file.table, options);
  const hasYearLastDates = cells.some(isYearLastDate);
  const isDateOrderUnclear = hasYearLastDates && knownDateOrder(cells) === undefined;
  const isCrm = kind === 'opportunities';
  const { crm } = wizard;
  const stages = isCrm && crm.stages ? stageRows(file.table, wizard.mapping, crm.stages, crm.stageChoices) : [];
  const isReady = Object.keys(problems).length === 0 && stages.every((s) => s.stage !== undefined) && (!isCrm || /^[A-Z]{3}$/.test(crm.currency));

  function next() {
    // Rendered marked at once, so the first problem can take the focus below.
    flushSync(() => setChecked(true));
    if (isReady) wizard.setStep('preview');
    else formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .import-mapping-invalid select')?.focus();
  }

  return (
    <>
      <StepHeading isFocused>Match the columns of “{file.name}”</StepHeading>
      {kind !== 'partnerships' && !isCrm && <PartnershipChoice partnerships={partnerships ?? []} value={wizard.partnershipId} onChange={wizard.setPartnershipId} />}
      <div ref={formRef}>
        <table className="import-mapping">
          <thead>
            <tr>
              <th scope="col">Steward field</th>
              <th scope="col">Column in your file</th>
              <th scope="col">First row</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => {
              const column = wizard.mapping[field.key];
              return (
                <MappingRow
                  key={field.key}
                  field={field}
                  header={file.table.header}
                  column={column}
                  example={column === undefined ? undefined : cleanCell(firstRow[column] ?? '')}
                  error={isChecked ? problems[field.key] : undefined}
                  onColumn={(c) => wizard.setColumn(field.key, c)}
                />
              );
            })}
          </tbody>
        </table>
        {hasYearLastDates && (
          <label className="inline-label import-date-order">
            Dates like 03/04/2027 mean
            <select value={wizard.dateOrder} onChange={(e) => wizard.setDateOrder(e.target.value as DateOrder)}>
              <option value="dmy">3 April 2027 (day first)</option>
              <option value="mdy">March 4, 2027 (month first)</option>
            </select>
            {isDateOrderUnclear && <span className="import-date-unclear">Nothing in the file tells which: check one of its dates.</span>}
          </label>
        )}
        {unused.length > 0 && <p className="import-unused">Not imported: {unused.join(', ')}.</p>}
        {isCrm && crm.stages && <StageMatching rows={stages} stages={crm.stages} isChecked={isChecked} onChoose={crm.chooseStage} />}
        {isCrm && <OpportunityDefaults crm={crm} hasCurrencyColumn={wizard.mapping.currency !== undefined} />}
        {isCrm && wizard.mapping.externalId === undefined && (
          <p className="import-note">Without an external id column, every row is added as a new opportunity, and importing the file again adds them twice.</p>
        )}
      </div>
      <div className="form-actions">
        <button type="button" className="button button-quiet" onClick={() => wizard.setStep('file')}>
          Back
        </button>
        <button type="button" className="button button-primary" onClick={next}>
          Next: check the rows
        </button>
      </div>
    </>
  );
}
