// The import wizard's state: the kind, the file, the column mapping and the options
// the user chose, and the plan (every row checked) once they reach the preview. For
// opportunities also the CRM preset, the stage matches and the defaults (useCrmChoices).
import { useMemo, useState } from 'react';
import { useLiveQuery } from '../../db/live';
import type { CsvTable } from '@shared/imports/csvParse';
import type { CrmPreset } from '@shared/imports/crm';
import type { ColumnMapping, ImportKind } from '@shared/imports/fields';
import { guessMapping } from '@shared/imports/fields';
import type { ImportOptions, ImportPlan } from '@shared/imports/planImport';
import { dateCells, planImport } from '@shared/imports/planImport';
import type { DateOrder } from '@shared/imports/values';
import { guessDateOrder } from '@shared/imports/values';
import { appContext } from '../../db/db';
import { loadImportReference } from '../../db/imports';
import { readCsvFile } from './readCsvFile';
import { opportunityChoices, useCrmChoices } from './useCrmChoices';

export type WizardStep = 'file' | 'mapping' | 'preview';

export interface LoadedFile {
  readonly name: string;
  readonly table: CsvTable;
}

function guessFor(kind: ImportKind, table: CsvTable, crm: ReturnType<typeof useCrmChoices>) {
  const mapping = kind === 'opportunities' ? crm.detect(table) : guessMapping(kind, table.header);
  return { mapping, dateOrder: guessDateOrder(dateCells(table, { kind, mapping })) };
}

export function useImportWizard(initialKind: ImportKind, initialPartnershipId?: string) {
  const [step, setStep] = useState<WizardStep>('file');
  const [kind, setKindState] = useState<ImportKind>(initialKind);
  const [file, setFile] = useState<LoadedFile>();
  const [fileError, setFileError] = useState<string>();
  const [isReading, setReading] = useState(false);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [partnershipId, setPartnershipId] = useState<string | undefined>(initialPartnershipId);
  const [dateOrder, setDateOrder] = useState<DateOrder>('dmy');
  const crm = useCrmChoices();

  function applyGuess(nextKind: ImportKind, table: CsvTable) {
    const guess = guessFor(nextKind, table, crm);
    setMapping(guess.mapping);
    setDateOrder(guess.dateOrder);
  }

  function setKind(next: ImportKind) {
    setKindState(next);
    if (file) applyGuess(next, file.table);
  }

  async function chooseFile(chosen: File | undefined) {
    if (!chosen) return;
    setReading(true);
    const result = await readCsvFile(chosen).finally(() => setReading(false));
    setFile(result.ok ? { name: chosen.name, table: result.table } : undefined);
    setFileError(result.ok ? undefined : result.error);
    if (result.ok) applyGuess(kind, result.table);
  }

  function setColumn(field: string, column: number | undefined) {
    setMapping((m) => ({ ...m, [field]: column }));
  }

  /** Another preset matches the columns again, as that CRM's export names them. */
  function setPreset(preset: CrmPreset) {
    crm.setPreset(preset);
    if (file) setMapping(crm.mappingFor(preset, file.table));
  }

  const fixedPartnership = kind === 'partnerships' ? undefined : partnershipId;
  const { stages, stageChoices, currency, sourced } = crm;
  const opportunity = useMemo(
    () => (kind === 'opportunities' && file ? opportunityChoices(file.table, mapping, { stages, stageChoices, currency, sourced }) : undefined),
    [kind, file, mapping, stages, stageChoices, currency, sourced],
  );
  const options: ImportOptions = useMemo(
    () => ({ kind, mapping, dateOrder, partnershipId: fixedPartnership, ...(opportunity ? { opportunity } : {}) }),
    [kind, mapping, dateOrder, fixedPartnership, opportunity],
  );
  // Live, so the preview stays true if the data changes while it is open.
  const reference = useLiveQuery(() => (step === 'preview' ? loadImportReference(appContext, kind, fixedPartnership) : undefined), [step, kind, fixedPartnership]);
  const plan: ImportPlan | undefined = useMemo(() => (file && reference ? planImport(file.table, options, reference) : undefined), [file, reference, options]);

  return { step, setStep, kind, setKind, file, fileError, isReading, chooseFile, mapping, setColumn, partnershipId, setPartnershipId, dateOrder, setDateOrder, options, plan, crm, setPreset };
}

export type ImportWizard = ReturnType<typeof useImportWizard>;
