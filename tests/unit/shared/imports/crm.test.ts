import { describe, expect, it } from 'vitest';
import { parseCsv } from '@shared/imports/csvParse';
import type { CsvTable } from '@shared/imports/csvParse';
import { datePart, detectPreset, matchStage, parseAmount, parseExportDay, presetMapping, stageKey, stagesInFile } from '@shared/imports/crm';
import type { CrmPreset } from '@shared/imports/crm';
import type { ImportReference, StoredOpportunity } from '@shared/imports/lookups';
import type { ImportOptions } from '@shared/imports/planImport';
import { describeRowError, planImport } from '@shared/imports/planImport';
import { knownDateOrder } from '@shared/imports/values';
import { DEFAULT_STAGES } from '@shared/domain';
import type { OpportunitySource } from '@shared/domain';

function csv(text: string): CsvTable {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.table;
}

const SALESFORCE_HEADER = 'Opportunity Owner,Account Name,Opportunity Name,Stage,Fiscal Period,Amount,Opportunity Currency,Probability (%),Age,Close Date,Created Date,Next Step,Lead Source,Type,Opportunity ID';
const HUBSPOT_HEADER = 'Record ID,Deal Name,Deal Stage,Close Date,Deal owner,Amount,Create Date,Pipeline,Deal Type,Currency';

const reference = (opportunities: readonly StoredOpportunity[] = []): ImportReference => ({
  partnerships: [{ id: 'p-acme', name: 'Acme co-sell', partnerOrg: 'Acme Corp' }],
  stakeholders: [],
  commitments: [],
  organisationName: '',
  opportunities,
  stages: DEFAULT_STAGES,
  reportingCurrency: 'USD',
});

function plan(text: string, preset: CrmPreset, extra: { stageMap?: Record<string, string>; sourced?: OpportunitySource } = {}, stored: readonly StoredOpportunity[] = [], dateOrder: 'mdy' | 'dmy' = 'mdy') {
  const table = csv(text);
  const crmStages = stagesInFile(table, presetMapping(preset, table.header));
  const stageMap: Record<string, string> = {};
  for (const crm of crmStages) {
    const match = extra.stageMap?.[crm] ?? matchStage(crm, DEFAULT_STAGES);
    if (match) stageMap[stageKey(crm)] = match;
  }
  const options: ImportOptions = {
    kind: 'opportunities',
    mapping: presetMapping(preset, table.header),
    dateOrder,
    partnershipId: 'p-acme',
    opportunity: { stageMap, currency: 'USD', sourced: extra.sourced ?? 'joint' },
  };
  return planImport(table, options, reference(stored));
}

describe('CRM presets', () => {
  it('recognises a Salesforce opportunity report and a HubSpot deals export by their columns', () => {
    expect(detectPreset(SALESFORCE_HEADER.split(','))).toBe('salesforce');
    expect(detectPreset(HUBSPOT_HEADER.split(','))).toBe('hubspot');
    expect(detectPreset(['Account', 'Amount', 'Stage', 'Opened on'])).toBe('manual');
  });

  it('maps each preset’s columns, preferring the account over the opportunity’s name', () => {
    const header = SALESFORCE_HEADER.split(',');
    const m = presetMapping('salesforce', header);
    const named = Object.fromEntries(Object.entries(m).map(([field, index]) => [field, header[index!]]));
    expect(named).toMatchObject({
      account: 'Account Name',
      amount: 'Amount',
      currency: 'Opportunity Currency',
      stage: 'Stage',
      sourced: 'Lead Source',
      openedOn: 'Created Date',
      closeDate: 'Close Date',
      owner: 'Opportunity Owner',
      externalId: 'Opportunity ID',
    });
    const hub = HUBSPOT_HEADER.split(',');
    const h = presetMapping('hubspot', hub);
    const hubNamed = Object.fromEntries(Object.entries(h).map(([field, index]) => [field, hub[index!]]));
    expect(hubNamed).toMatchObject({ account: 'Deal Name', stage: 'Deal Stage', owner: 'Deal owner', externalId: 'Record ID', openedOn: 'Create Date', closeDate: 'Close Date', currency: 'Currency' });
  });

  it('falls back to Steward’s own column names for a file that is neither', () => {
    const header = ['Account', 'Amount', 'Currency', 'Stage', 'Sourced by', 'Opened on', 'Expected close', 'Closed on', 'Owner', 'External id'];
    const m = presetMapping('manual', header);
    expect(Object.keys(m).sort()).toEqual(['account', 'amount', 'closedOn', 'currency', 'expectedCloseOn', 'externalId', 'openedOn', 'owner', 'sourced', 'stage']);
  });
});

describe('stage matching', () => {
  it('matches the same name, the CRMs’ default stages, and won/lost by the word', () => {
    expect(matchStage('negotiation', DEFAULT_STAGES)).toBe('Negotiation');
    expect(matchStage('Negotiation/Review', DEFAULT_STAGES)).toBe('Negotiation');
    expect(matchStage('Proposal/Price Quote', DEFAULT_STAGES)).toBe('Proposal');
    expect(matchStage('Qualification', DEFAULT_STAGES)).toBe('Qualified');
    expect(matchStage('qualifiedtobuy', DEFAULT_STAGES)).toBe('Qualified');
    expect(matchStage('Closed Won', DEFAULT_STAGES)).toBe('Closed won');
    expect(matchStage('Deal won (EMEA)', DEFAULT_STAGES)).toBe('Closed won');
    expect(matchStage('Lost - no budget', DEFAULT_STAGES)).toBe('Closed lost');
    expect(matchStage('Discovery call', DEFAULT_STAGES)).toBeUndefined();
  });

  it('matches an alias only to a stage the list still has', () => {
    const custom = [
      { name: 'Open', outcome: 'open' as const },
      { name: 'Signed', outcome: 'won' as const },
      { name: 'Dropped', outcome: 'lost' as const },
    ];
    expect(matchStage('Negotiation/Review', custom)).toBeUndefined();
    expect(matchStage('Closed Won', custom)).toBe('Signed');
  });

  it('lists the file’s stages once each, as first spelt', () => {
    const table = csv(`${HUBSPOT_HEADER}\n1,A,Closed Won,,,,2027-01-01,,,\n2,B,closed won,,,,2027-01-01,,,\n3,C,Contract Sent,,,,2027-01-01,,,\n`);
    expect(stagesInFile(table, presetMapping('hubspot', table.header))).toEqual(['Closed Won', 'Contract Sent']);
  });
});

describe('amounts and dates as CRMs write them', () => {
  it('reads thousands separators, decimal marks, symbols and codes', () => {
    expect(parseAmount('125000')).toEqual({ amount: 125000 });
    expect(parseAmount('$1,250,000.50')).toEqual({ amount: 1250000.5 });
    expect(parseAmount('1.250.000,50 €')).toEqual({ amount: 1250000.5 });
    expect(parseAmount('EUR 1,200.00')).toEqual({ amount: 1200, currency: 'EUR' });
    expect(parseAmount('1 200,5 GBP')).toEqual({ amount: 1200.5, currency: 'GBP' });
    expect(parseAmount("CHF 1'000")).toEqual({ amount: 1000, currency: 'CHF' });
    expect(parseAmount('1250,5')).toEqual({ amount: 1250.5 });
    expect(parseAmount('-500')).toEqual({ amount: -500 });
    for (const bad of ['', 'n/a', '1,2,3.4.5', '12abc', '$']) expect(parseAmount(bad)).toBeUndefined();
  });

  it('reads dates with or without a time of day, year-last ones in the chosen order', () => {
    expect(parseExportDay('3/15/2027', 'mdy')).toBe('2027-03-15');
    expect(parseExportDay('15/03/2027', 'dmy')).toBe('2027-03-15');
    expect(parseExportDay('2027-03-15 10:23', 'dmy')).toBe('2027-03-15');
    expect(parseExportDay('3/15/2027 10:23 AM', 'mdy')).toBe('2027-03-15');
    expect(parseExportDay('2027-03-15T23:30:00Z', 'dmy')).toBe('2027-03-15');
    expect(parseExportDay('3/15/2027', 'dmy')).toBeUndefined();
    expect(datePart('3/4/2027 9:00 PM')).toBe('3/4/2027');
  });

  it('knows the date order only when a date tells it', () => {
    expect(knownDateOrder(['3/4/2027', '5/6/2027'])).toBeUndefined();
    expect(knownDateOrder(['3/14/2027'])).toBe('mdy');
    expect(knownDateOrder(['14/3/2027'])).toBe('dmy');
    expect(knownDateOrder(['14/3/2027', '3/14/2027'])).toBeUndefined();
  });
});

const SF_ROWS = [
  SALESFORCE_HEADER,
  'Dana Reyes,Initech,Initech renewal,Closed Won,Q1-2027,"$125,000.00",USD,100,30,2/28/2027,1/15/2027,,Partner Referral,New Customer,0065g00000AAA01',
  'Dana Reyes,Globex,Globex expansion,Negotiation/Review,Q2-2027,"80,000",EUR,60,10,6/30/2027,2/1/2027,Call,Web,Existing Customer,0065g00000AAA02',
  'Lee Chen,Umbrella,Umbrella pilot,Closed Lost,Q1-2027,5000,,0,20,3/1/2027,1/20/2027,,,,0065g00000AAA03',
].join('\r\n');

describe('planImport for opportunities', () => {
  it('turns a Salesforce report into inputs: stages matched, the close date where it belongs, sources read', () => {
    const p = plan(SF_ROWS, 'salesforce');
    expect(p.errors).toEqual([]);
    expect(p.actions).toEqual({ create: 3, update: 0, unchanged: 0 });
    expect(p.rows.map((r) => r.input)).toEqual([
      expect.objectContaining({ account: 'Initech', amount: 125000, currency: 'USD', stage: 'Closed won', outcome: 'won', sourced: 'partner', openedOn: '2027-01-15', closedOn: '2027-02-28', expectedCloseOn: '', owner: 'Dana Reyes', externalId: '0065g00000AAA01' }),
      expect.objectContaining({ account: 'Globex', amount: 80000, currency: 'EUR', stage: 'Negotiation', outcome: 'open', sourced: 'joint', expectedCloseOn: '2027-06-30', closedOn: '' }),
      expect.objectContaining({ account: 'Umbrella', amount: 5000, currency: 'USD', stage: 'Closed lost', outcome: 'lost', closedOn: '2027-03-01' }),
    ]);
  });

  const stored = (o: Partial<StoredOpportunity>): StoredOpportunity => ({
    id: 'o-1',
    partnershipId: 'p-acme',
    account: 'Initech',
    amount: 125000,
    currency: 'USD',
    stage: 'Closed won',
    outcome: 'won',
    sourced: 'partner',
    openedOn: '2027-01-15',
    closedOn: '2027-02-28',
    owner: 'Dana Reyes',
    externalId: '0065g00000AAA01',
    createdAt: '2027-01-01T00:00:00.000Z',
    updatedAt: '2027-01-01T00:00:00.000Z',
    ...o,
  });

  it('plans an update for a stored external id, unchanged when every field is the same, new otherwise', () => {
    const p = plan(SF_ROWS, 'salesforce', {}, [stored({}), stored({ id: 'o-2', account: 'Globex', amount: 70000, currency: 'EUR', stage: 'Proposal', outcome: 'open', closedOn: undefined, expectedCloseOn: '2027-06-30', openedOn: '2027-02-01', sourced: 'joint', externalId: '0065g00000AAA02' })]);
    expect(p.errors).toEqual([]);
    expect(p.rows.map((r) => [r.action, r.existingId])).toEqual([
      ['unchanged', 'o-1'],
      ['update', 'o-2'],
      ['create', undefined],
    ]);
    expect(p.actions).toEqual({ create: 1, update: 1, unchanged: 1 });
  });

  it('does not update a deleted opportunity with that external id, nor one of another partnership', () => {
    const p = plan(SF_ROWS, 'salesforce', {}, [stored({ deletedAt: '2027-01-02T00:00:00.000Z' }), stored({ id: 'o-9', partnershipId: 'p-other', externalId: '0065g00000AAA02' })]);
    expect(p.actions).toEqual({ create: 3, update: 0, unchanged: 0 });
  });

  it('refuses the whole file for one bad row, naming the row and the file’s column', () => {
    const bad = `${SF_ROWS}\r\nLee Chen,Hooli,Hooli,Closed Won,Q1-2027,lots,USD,100,1,,1/2/2027,,,,0065g00000AAA04\r\nLee Chen,Hooli,Hooli 2,Discovery,Q1-2027,10,USD,10,1,13/40/2027,1/2/2027,,,,0065g00000AAA01`;
    const p = plan(bad, 'salesforce');
    expect(p.validCount).toBe(3);
    expect(p.errors.map(describeRowError)).toEqual([
      'Row 5, Amount: “lots” is not an amount: write it as a number, e.g. 125000 or $125,000.00.',
      'Row 5, Close Date: Say when it was won: a won deal needs its closing date.',
      'Row 6, Stage: “Discovery” is not matched to one of your stages: choose one for it under “Stages”.',
      'Row 6, Close Date: Enter a date such as 2027-03-15 or 3/15/2027.',
    ]);
  });

  it('refuses an external id twice in the file, naming the first row', () => {
    const twice = `${SF_ROWS}\r\nLee Chen,Hooli,Hooli,Prospecting,Q1-2027,10,USD,10,1,6/1/2027,1/2/2027,,,,0065g00000AAA01`;
    expect(plan(twice, 'salesforce').errors.map(describeRowError)).toEqual(['Row 5, Opportunity ID: Same external id as row 2.']);
  });

  it('takes a stage the user matched by hand, and refuses a close before the opening', () => {
    const text = `${HUBSPOT_HEADER}\n101,Hooli deal,Discovery,2027-05-01 00:00,Sam,"1,000",2027-04-01 10:00,default,newbusiness,USD\n102,Pied Piper,Closed Won,2027-03-01,Sam,500,2027-04-01,default,newbusiness,GBP\n`;
    const p = plan(text, 'hubspot', { stageMap: { Discovery: 'Qualified' } }, [], 'dmy');
    expect(p.rows[0]!.input).toMatchObject({ account: 'Hooli deal', stage: 'Qualified', amount: 1000, openedOn: '2027-04-01', expectedCloseOn: '2027-05-01', externalId: '101' });
    expect(p.errors.map(describeRowError)).toEqual(['Row 3, Close Date: It cannot close before it was opened.']);
  });
});
