// Opportunities from a CRM export: which columns a Salesforce opportunity report and a
// HubSpot deals export use, how their stages match Steward's stage list, and how their
// amounts ("$1,250,000.00", "1.250.000,00 €") and dates ("3/15/2027 10:30 AM") read.
import type { Stage } from '../domain';
import type { CsvTable } from './csvParse';
import type { ColumnMapping } from './fields';
import { guessMapping, headerKey } from './fields';
import type { DateOrder } from './values';
import { cleanCell, parseImportDay } from './values';

export const CRM_PRESETS = ['salesforce', 'hubspot', 'manual'] as const;
export type CrmPreset = (typeof CRM_PRESETS)[number];

export const PRESET_LABELS: Readonly<Record<CrmPreset, string>> = {
  salesforce: 'Salesforce opportunity report',
  hubspot: 'HubSpot deals export',
  manual: 'Another file (match the columns yourself)',
};

type PresetColumns = Readonly<Record<string, readonly string[]>>;

/**
 * Each field's columns in the export, the preferred first. Salesforce names an opportunity
 * and its account apart, HubSpot only the deal (the company comes as "Associated Company"
 * when the export includes associations), so the account falls back to the deal's name.
 */
const PRESET_COLUMNS: Readonly<Record<Exclude<CrmPreset, 'manual'>, PresetColumns>> = {
  salesforce: {
    account: ['Account Name', 'Account', 'Opportunity Name'],
    amount: ['Amount'],
    currency: ['Opportunity Currency', 'Amount Currency', 'Currency'],
    stage: ['Stage'],
    sourced: ['Lead Source'],
    openedOn: ['Created Date'],
    closeDate: ['Close Date'],
    owner: ['Opportunity Owner', 'Owner Name'],
    externalId: ['Opportunity ID', 'Opportunity ID (18)', 'Id'],
  },
  hubspot: {
    account: ['Associated Company', 'Associated Company (Primary)', 'Company name', 'Deal Name'],
    amount: ['Amount'],
    currency: ['Currency', 'Deal Currency Code'],
    stage: ['Deal Stage'],
    openedOn: ['Create Date'],
    closeDate: ['Close Date'],
    owner: ['Deal owner'],
    externalId: ['Record ID', 'Deal ID'],
  },
};

/** Columns only that CRM's export has: one of them (and the stage) says which preset fits. */
const MARKERS: Readonly<Record<Exclude<CrmPreset, 'manual'>, readonly string[]>> = {
  salesforce: ['Opportunity Name', 'Opportunity ID', 'Opportunity Owner', 'Opportunity Currency'],
  hubspot: ['Deal Name', 'Deal Stage', 'Deal owner', 'Record ID'],
};

/** The preset whose export the header looks like: Salesforce, HubSpot, or manual when neither fits. */
export function detectPreset(header: readonly string[]): CrmPreset {
  const keys = new Set(header.map(headerKey));
  const score = (preset: Exclude<CrmPreset, 'manual'>) => MARKERS[preset].filter((name) => keys.has(headerKey(name))).length;
  const [salesforce, hubspot] = [score('salesforce'), score('hubspot')];
  if (salesforce === 0 && hubspot === 0) return 'manual';
  return salesforce >= hubspot ? 'salesforce' : 'hubspot';
}

/** The preset's columns first (in its order of preference), then Steward's own names for the rest. */
export function presetMapping(preset: CrmPreset, header: readonly string[]): ColumnMapping {
  const generic = guessMapping('opportunities', header);
  if (preset === 'manual') return generic;
  const keys = header.map(headerKey);
  const mapping: Record<string, number | undefined> = {};
  const used = new Set<number>();
  for (const [field, names] of Object.entries(PRESET_COLUMNS[preset])) {
    const index = names.map((n) => keys.indexOf(headerKey(n))).find((i) => i >= 0 && !used.has(i));
    if (index === undefined) continue;
    mapping[field] = index;
    used.add(index);
  }
  for (const [field, index] of Object.entries(generic)) {
    if (mapping[field] === undefined && index !== undefined && !used.has(index)) {
      mapping[field] = index;
      used.add(index);
    }
  }
  return mapping;
}

// ---------------------------------------------------------------- stages

/** A CRM stage compared ignoring case, spaces and punctuation ("Negotiation/Review" = "negotiationreview"). */
export const stageKey = (name: string) => headerKey(name);

/** Salesforce's and HubSpot's default stages, and where they sit in Steward's default list. */
const STAGE_ALIASES: Readonly<Record<string, string>> = {
  prospecting: 'Prospecting',
  qualification: 'Qualified',
  needsanalysis: 'Qualified',
  iddecisionmakers: 'Qualified',
  valueproposition: 'Proposal',
  perceptionanalysis: 'Proposal',
  proposalpricequote: 'Proposal',
  negotiationreview: 'Negotiation',
  appointmentscheduled: 'Prospecting',
  qualifiedtobuy: 'Qualified',
  presentationscheduled: 'Proposal',
  decisionmakerboughtin: 'Negotiation',
  contractsent: 'Negotiation',
  closedwon: 'Closed won',
  closedlost: 'Closed lost',
};

/**
 * Steward's stage for a CRM stage: the same name; else the CRM default's counterpart when the
 * list has it; else, for a name saying won or lost, the first stage with that outcome.
 */
export function matchStage(crmStage: string, stages: readonly Stage[]): string | undefined {
  const key = stageKey(crmStage);
  if (key === '') return undefined;
  const byKey = (k: string) => stages.find((s) => stageKey(s.name) === k)?.name;
  const same = byKey(key);
  if (same) return same;
  const alias = STAGE_ALIASES[key];
  const aliased = alias === undefined ? undefined : byKey(stageKey(alias));
  if (aliased) return aliased;
  const words = crmStage.toLowerCase().split(/[^\p{L}]+/u);
  const outcome = words.includes('won') ? 'won' : words.includes('lost') ? 'lost' : undefined;
  return outcome ? stages.find((s) => s.outcome === outcome)?.name : undefined;
}

/** The different stages the file's stage column holds, spelt as first seen, in file order. */
export function stagesInFile(table: CsvTable, mapping: ColumnMapping): string[] {
  const column = mapping.stage;
  if (column === undefined) return [];
  const seen = new Map<string, string>();
  for (const record of table.records) {
    const value = cleanCell(record.cells[column] ?? '');
    if (value !== '' && !seen.has(stageKey(value))) seen.set(stageKey(value), value);
  }
  return [...seen.values()];
}

/** CRM stage key → Steward stage name: the user's choices over the automatic matches. */
export type StageMap = Readonly<Record<string, string>>;

export function stageMapFor(crmStages: readonly string[], stages: readonly Stage[], choices: StageMap): Record<string, string | undefined> {
  const map: Record<string, string | undefined> = {};
  for (const crm of crmStages) map[stageKey(crm)] = choices[stageKey(crm)] ?? matchStage(crm, stages);
  return map;
}

// ---------------------------------------------------------------- cells

const CURRENCY_SYMBOLS = /[$€£¥₹]/gu;
const CODE_AROUND = /^([A-Z]{3})\s*(.*)$|^(.*?)\s*([A-Z]{3})$/u;

/**
 * An amount cell as a number, and the currency code written in it if any ("EUR 1.200,50").
 * Symbols, spaces and apostrophes are dropped; with both ',' and '.' the last one is the
 * decimal mark; with only ',' it is a thousands separator when every group after it has
 * three digits ("1,250,000"), else the decimal mark ("1250,50"). Undefined when it is not a number.
 */
export function parseAmount(text: string): { readonly amount: number; readonly currency?: string } | undefined {
  let rest = text.trim();
  let currency: string | undefined;
  const coded = CODE_AROUND.exec(rest);
  if (coded) {
    currency = coded[1] ?? coded[4];
    rest = (coded[2] ?? coded[3] ?? '').trim();
  }
  const isNegative = /^-|^\(.*\)$/.test(rest);
  const digits = rest.replace(CURRENCY_SYMBOLS, '').replace(/[\s\u00a0\u202f'’()-]/gu, '');
  const normal = normaliseSeparators(digits);
  if (normal === undefined || !/^\d+(\.\d+)?$/.test(normal)) return undefined;
  const amount = Number(normal) * (isNegative ? -1 : 1);
  return currency === undefined ? { amount } : { amount, currency };
}

function normaliseSeparators(digits: string): string | undefined {
  const lastComma = digits.lastIndexOf(',');
  const lastDot = digits.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    const [whole, fraction, extra] = digits.split(decimal);
    if (extra !== undefined) return undefined;
    return `${whole!.split(thousands).join('')}.${fraction}`;
  }
  if (lastComma >= 0) return /^\d{1,3}(,\d{3})+$/.test(digits) ? digits.replace(/,/g, '') : digits.split(',').length === 2 ? digits.replace(',', '.') : undefined;
  if (/^\d{1,3}(\.\d{3}){2,}$/.test(digits)) return digits.replace(/\./g, '');
  return digits;
}

/** A time after the date, as CRM exports write it: "2027-03-15 10:23", "3/15/2027 10:23 AM", "2027-03-15T10:23:00Z". */
const TIME_SUFFIX = /[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*([AaPp][Mm])?\s*(Z|[+-]\d{2}:?\d{2}|[A-Z]{2,5})?$/u;

/** The date part of a cell that may carry a time of day; the time is dropped, the date kept as written. */
export function datePart(value: string): string {
  return value.replace(TIME_SUFFIX, '').trim();
}

/** A date cell of a CRM export as yyyy-MM-dd (see parseImportDay for the rule), ignoring a time of day. */
export function parseExportDay(value: string, order: DateOrder): string | undefined {
  return parseImportDay(datePart(value), order);
}
