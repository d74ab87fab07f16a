import { describe, expect, it } from 'vitest';
import type { ExchangeRate, Opportunity, Partnership } from '../../../shared/domain';
import { DEFAULT_STAGES, defaultSettings } from '../../../shared/domain';
import { emptyBackupData, serializeBackup } from '../../../shared/backup/format';
import { parseCsv } from '../../../shared/imports/csvParse';
import { matchStage, presetMapping, stageKey, stagesInFile } from '../../../shared/imports/crm';
import type { ImportReference } from '../../../shared/imports/lookups';
import { planImport } from '../../../shared/imports/planImport';
import type { CliIo } from '../../../cli/run';
import { runCli } from '../../../cli/run';

const AT = '2027-01-01T00:00:00.000Z';
const acme = { id: 'p-acme', name: 'Acme co-sell', partnerOrg: 'Acme Corp', type: 'co-sell', status: 'active', signedOn: '2026-01-01', owner: '', tags: [], createdAt: AT, updatedAt: AT } as unknown as Partnership;

const deal = (o: Partial<Omit<Opportunity, 'id'>> & { readonly id: string; readonly account: string }): Opportunity => ({
  partnershipId: 'p-acme',
  amount: 1000,
  currency: 'USD',
  stage: 'Proposal',
  outcome: 'open',
  sourced: 'partner',
  openedOn: '2027-01-10',
  owner: 'Dana Reyes',
  externalId: '',
  createdAt: AT,
  updatedAt: AT,
  ...o,
  id: o.id as Opportunity['id'],
});

const opportunities: Opportunity[] = [
  deal({ id: 'o-1', account: 'Initech, Inc.', amount: 125000.5, currency: 'EUR', stage: 'Closed won', outcome: 'won', openedOn: '2027-01-05', closedOn: '2027-02-20', expectedCloseOn: '2027-03-01', externalId: '0065g00000AAA01' }),
  deal({ id: 'o-2', account: '=Globex "West"', amount: 80000, expectedCloseOn: '2027-06-30', sourced: 'joint', externalId: '0065g00000AAA02' }),
  deal({ id: 'o-3', account: 'Umbrella', amount: 5000, currency: 'GBP', stage: 'Closed lost', outcome: 'lost', closedOn: '2027-02-01', sourced: 'influenced', externalId: '0065g00000AAA03' }),
  deal({ id: 'o-4', account: 'Deleted', externalId: 'X', deletedAt: AT }),
];
const rates: ExchangeRate[] = [{ id: 'r-1', from: 'EUR', to: 'USD', rate: 1.1, asOf: '2027-01-01', createdAt: AT, updatedAt: AT } as ExchangeRate];

async function exportCsv(...extra: string[]): Promise<{ code: number; text: string; stdout: string[]; stderr: string[] }> {
  const backup = serializeBackup(
    { ...emptyBackupData(), partnerships: [acme], opportunities, exchangeRates: rates, settings: [{ ...defaultSettings('UTC'), id: 'settings', updatedAt: AT } as never] },
    { exportedAt: AT, app: { name: 'Steward', version: '0.1.0' } },
  );
  const files = new Map([['/b/backup.json', backup]]);
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = {
    readFile: async (path) => files.get(path) ?? Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' })),
    writeFile: async (path, text) => void files.set(path, text),
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
    now: () => new Date('2027-03-15T12:00:00.000Z'),
    locale: 'en-GB',
  };
  const code = await runCli(['export', '--from', '/b/backup.json', '--partnership', 'Acme co-sell', '--kind', 'opportunities', '--out', '/b/out.csv', ...extra], io);
  return { code, text: files.get('/b/out.csv') ?? '', stdout, stderr };
}

describe('steward export --kind opportunities', () => {
  it('writes the live opportunities as RFC 4180 CSV with the amount in the reporting currency where a rate exists', async () => {
    const { code, text, stdout, stderr } = await exportCsv();
    expect(stderr).toEqual([]);
    expect(code).toBe(0);
    expect(stdout).toEqual(['Wrote the opportunities export (internal edition) of “Acme co-sell” to /b/out.csv.']);
    expect(text.split('\r\n')).toEqual([
      'Account,Amount,Currency,Amount in USD,Stage,Outcome,Sourced by,Opened on,Expected close,Closed on,Owner,External id',
      `"'=Globex ""West""",80000,USD,80000,Proposal,open,joint,2027-01-10,2027-06-30,,Dana Reyes,0065g00000AAA02`,
      'Umbrella,5000,GBP,,Closed lost,lost,influenced,2027-01-10,,2027-02-01,Dana Reyes,0065g00000AAA03',
      '"Initech, Inc.",125000.5,EUR,137500.55,Closed won,won,partner,2027-01-05,2027-03-01,2027-02-20,Dana Reyes,0065g00000AAA01',
      '',
    ]);
  });

  it('leaves the deal and internal columns out of a partner edition when the partnership does not share amounts', async () => {
    const { text } = await exportCsv('--edition', 'partner');
    expect(text.split('\r\n')[0]).toBe('Stage,Outcome,Sourced by,Opened on,Expected close,Closed on');
  });

  it('re-imports through the CRM import unchanged: every row matches its opportunity and changes nothing', async () => {
    const { text } = await exportCsv();
    const parsed = parseCsv(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const mapping = presetMapping('manual', parsed.table.header);
    const stageMap = Object.fromEntries(stagesInFile(parsed.table, mapping).map((s) => [stageKey(s), matchStage(s, DEFAULT_STAGES)!]));
    const reference: ImportReference = { partnerships: [acme], stakeholders: [], commitments: [], organisationName: '', opportunities, stages: DEFAULT_STAGES, reportingCurrency: 'USD' };
    const options = { kind: 'opportunities' as const, mapping, dateOrder: 'dmy' as const, partnershipId: 'p-acme', opportunity: { stageMap, currency: 'USD', sourced: 'us' as const } };
    const again = planImport(parsed.table, options, reference);
    expect(again.errors).toEqual([]);
    expect(again.actions).toEqual({ create: 0, update: 0, unchanged: 3 });
    const fresh = planImport(parsed.table, options, { ...reference, opportunities: [] });
    // The file's order: the newest opened first, then by account.
    const inFileOrder = [opportunities[1]!, opportunities[2]!, opportunities[0]!];
    expect(fresh.rows.map((r) => r.input)).toEqual(
      inFileOrder.map((o) =>
        expect.objectContaining({ account: o.account, amount: o.amount, currency: o.currency, stage: o.stage, outcome: o.outcome, sourced: o.sourced, openedOn: o.openedOn, expectedCloseOn: o.expectedCloseOn ?? '', closedOn: o.closedOn ?? '', owner: o.owner, externalId: o.externalId }),
      ),
    );
  });
});
