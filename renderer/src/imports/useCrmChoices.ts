// What an opportunity import asks besides the columns: which CRM the file comes from
// (detected from its header, changeable), how its stages match Steward's, and the
// currency and source for rows that name none.
import { useState } from 'react';
import type { OpportunitySource, Stage } from '@shared/domain';
import type { CsvTable } from '@shared/imports/csvParse';
import type { CrmPreset, StageMap } from '@shared/imports/crm';
import { detectPreset, presetMapping, stageKey, stageMapFor, stagesInFile } from '@shared/imports/crm';
import type { ColumnMapping } from '@shared/imports/fields';
import type { OpportunityChoices } from '@shared/imports/rowInputs';
import { useSettings } from '../../db/hooks';

export function useCrmChoices() {
  const settings = useSettings();
  const [preset, setPreset] = useState<CrmPreset>('manual');
  const [detected, setDetected] = useState<CrmPreset>();
  const [stageChoices, setStageChoices] = useState<StageMap>({});
  const [chosenCurrency, setCurrency] = useState<string>();
  const [sourced, setSourced] = useState<OpportunitySource>('joint');

  /** A new file: its CRM guessed from the header, its columns matched the way that CRM names them. */
  function detect(table: CsvTable): ColumnMapping {
    const found = detectPreset(table.header);
    setPreset(found);
    setDetected(found);
    setStageChoices({});
    return presetMapping(found, table.header);
  }

  function chooseStage(crmStage: string, stage: string) {
    setStageChoices((choices) => ({ ...choices, [stageKey(crmStage)]: stage }));
  }

  return {
    preset,
    setPreset,
    detected,
    detect,
    mappingFor: (p: CrmPreset, table: CsvTable) => presetMapping(p, table.header),
    stageChoices,
    chooseStage,
    currency: chosenCurrency ?? settings?.reportingCurrency ?? 'USD',
    setCurrency,
    sourced,
    setSourced,
    stages: settings?.opportunityStages,
  };
}

export type CrmChoices = ReturnType<typeof useCrmChoices>;

/** Every stage of the file with the Steward stage it goes to, or undefined while unmatched. */
export function stageRows(table: CsvTable, mapping: ColumnMapping, stages: readonly Stage[], choices: StageMap) {
  const crmStages = stagesInFile(table, mapping);
  const map = stageMapFor(crmStages, stages, choices);
  return crmStages.map((crm) => ({ crm, stage: map[stageKey(crm)] }));
}

/** The plan's opportunity options: matched stages only (an unmatched one is a row error naming it). */
export function opportunityChoices(table: CsvTable, mapping: ColumnMapping, crm: Pick<CrmChoices, 'stages' | 'stageChoices' | 'currency' | 'sourced'>): OpportunityChoices | undefined {
  if (!crm.stages) return undefined;
  const stageMap: Record<string, string> = {};
  for (const row of stageRows(table, mapping, crm.stages, crm.stageChoices)) if (row.stage !== undefined) stageMap[stageKey(row.crm)] = row.stage;
  return { stageMap, currency: crm.currency, sourced: crm.sourced };
}
