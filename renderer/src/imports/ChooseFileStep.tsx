// Step 1: what is being imported, and from which file. The file is read and checked
// as a whole here, so a malformed or oversized one is refused before any mapping.
import { useId } from 'react';
import { IMPORT_FIELDS, RECORD_IMPORT_KINDS } from '@shared/imports/fields';
import { MAX_CSV_ROWS } from '@shared/imports/csvParse';
import { capitalise } from '../format';
import { CrmSourceChoice } from './CrmSourceChoice';
import { RequiredMark } from './RequiredMark';
import { StepHeading } from './StepHeading';
import { TemplateButton } from './TemplateButton';
import type { ImportWizard } from './useImportWizard';

const KIND_HINTS = {
  partnerships: 'One row per partnership you look after.',
  stakeholders: 'People on our side and the partner’s.',
  commitments: 'What each side promised, and when.',
} as const;

export function ChooseFileStep({ wizard, onCancel }: { readonly wizard: ImportWizard; readonly onCancel: () => void }) {
  const id = useId();
  const { kind, file, fileError, isReading } = wizard;
  const describedBy = `${id}-hint${fileError ? ` ${id}-error` : ''}`;
  const isCrm = kind === 'opportunities';
  const fields = IMPORT_FIELDS[kind].filter((f) => !(isCrm && f.key === 'partnership'));
  return (
    <>
      <StepHeading isFocused={false}>{isCrm ? 'Which CRM export are you importing?' : 'What are you importing?'}</StepHeading>
      {isCrm ? <CrmSourceChoice wizard={wizard} /> : <KindChoice wizard={wizard} />}
      <div className="import-columns">
        <p>
          <strong>Columns Steward reads:</strong>{' '}
          {fields.map((f, i) => (
            <span key={f.key}>
              {i > 0 && ', '}
              {f.label}
              {f.required && <RequiredMark />}
            </span>
          ))}
          . Column names need not match: you choose in the next step.
        </p>
        <TemplateButton kind={kind} />
      </div>
      <div className={`field${fileError ? ' field-invalid' : ''}`}>
        <label htmlFor={id}>{file ? 'Choose another file' : 'CSV file'}</label>
        <input id={id} type="file" accept=".csv,.tsv,.txt,text/csv,text/plain" aria-describedby={describedBy} aria-invalid={Boolean(fileError)} onChange={(e) => void wizard.chooseFile(e.target.files?.[0])} />
        <p id={`${id}-hint`} className="field-hint">
          UTF-8 text with a header row, up to 5 MB and {MAX_CSV_ROWS.toLocaleString()} rows; commas, semicolons or tabs between columns.
        </p>
        {fileError && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {fileError} Nothing was imported.
          </p>
        )}
      </div>
      <p className="import-file-status" role="status">
        {isReading ? 'Reading the file…' : file && !fileError ? `✓ ${file.name}: ${plural(file.table.records.length, 'row')}, ${plural(file.table.header.length, 'column')}.` : ''}
      </p>
      <div className="form-actions">
        <button type="button" className="button button-quiet" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button button-primary" disabled={!file || isReading} onClick={() => wizard.setStep('mapping')}>
          Next: match columns
        </button>
      </div>
    </>
  );
}

function KindChoice({ wizard }: { readonly wizard: ImportWizard }) {
  return (
    <fieldset className="import-kinds">
      <legend className="visually-hidden">Kind of records</legend>
      {RECORD_IMPORT_KINDS.map((k) => (
        <label key={k} className="import-kind">
          <input type="radio" name="import-kind" value={k} checked={wizard.kind === k} onChange={() => wizard.setKind(k)} />
          <span className="import-kind-name">{capitalise(k)}</span>
          <span className="import-kind-hint">{KIND_HINTS[k]}</span>
        </label>
      ))}
    </fieldset>
  );
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString()} ${noun}${count === 1 ? '' : 's'}`;
}
