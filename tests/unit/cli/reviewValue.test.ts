// `steward export --kind review`: the value section (converted with the backup's own rates
// and reporting currency) and the executive summary saved with the quarter's review, in
// both editions; the partner edition without amounts, accounts or internal summary lines.
import { beforeEach, describe, expect, it } from 'vitest';
import type { ExchangeRateId } from '../../../shared/domain';
import { defaultSettings } from '../../../shared/domain';
import { emptyBackupData, serializeBackup } from '../../../shared/backup/format';
import type { CliIo } from '../../../cli/run';
import { runCli } from '../../../cli/run';
import { VP, valueSnapshot } from '../../support/valueReviewFixture';

const MARKER = 'ZZ-INTERNAL-ZZ';
const saved = { wins: 'Signed the reseller deal\n[internal] margin 12% ZZ-INTERNAL-ZZ', risks: 'Hiring freeze', asks: 'Two more solution architects', updatedAt: '2027-02-18T09:00:00.000Z' };

let files: Map<string, string>;

function backup(share = false): string {
  const settings = [{ ...defaultSettings('UTC'), id: 'settings' as const, updatedAt: '2027-01-01T00:00:00.000Z', reportingCurrency: 'EUR' }];
  const exchangeRates = [{ id: 'xr1' as ExchangeRateId, createdAt: '2027-01-01T00:00:00.000Z', updatedAt: '2027-01-01T00:00:00.000Z', from: 'EUR', to: 'USD', rate: 1.25, asOf: '2026-01-01' }];
  return serializeBackup({ ...emptyBackupData(), ...valueSnapshot({ marker: MARKER, share, summary: saved }), settings, exchangeRates }, { exportedAt: '2027-02-20T12:00:00.000Z', app: { name: 'Steward', version: '0.1.0' } });
}

async function review(edition: string, from = '/b/backup.json'): Promise<string> {
  const io: CliIo = {
    readFile: async (path) => files.get(path) ?? Promise.reject(Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' })),
    writeFile: async (path, text) => void files.set(path, text),
    stdout: () => undefined,
    stderr: (line) => {
      throw new Error(line);
    },
    now: () => new Date('2027-02-20T12:00:00.000Z'),
    locale: 'en-GB',
  };
  const code = await runCli(['export', '--from', from, '--partnership', VP, '--kind', 'review', '--edition', edition, '--quarter', '2027-Q1', '--as-of', '2027-02-20', '--out', '/out/review.md'], io);
  expect(code).toBe(0);
  return files.get('/out/review.md')!;
}

beforeEach(() => {
  files = new Map([
    ['/b/backup.json', backup()],
    ['/b/shared.json', backup(true)],
  ]);
});

describe('steward export --kind review: value and executive summary', () => {
  it('writes the saved summary and the value section in the backup’s reporting currency (internal edition)', async () => {
    const text = await review('internal');
    expect(text).toContain('## Executive summary');
    expect(text).toContain('- Signed the reseller deal');
    expect(text).toContain('margin 12%');
    expect(text).toContain('## Value');
    // 120,000 USD at 1 / 1.25 is 96,000 EUR.
    expect(text).toContain('| Joint | 1 · €96,000 | 1 · €96,000 |');
    expect(text).toContain(`${MARKER} account o3`);
    expect(text).toContain('No exchange rate for GBP to EUR');
  });

  it('leaves amounts, accounts and internal summary lines out of the partner edition, counts kept', async () => {
    const text = await review('partner');
    expect(text).toContain('- Signed the reseller deal');
    expect(text).toContain('| Joint | 1 | 1 | 0 | 1 | 1 | 0 |');
    expect(text).not.toContain(MARKER);
    expect(text).not.toContain('margin 12%');
    expect(text).not.toContain('€');
  });

  it('shows amounts and accounts in the partner edition of a partnership that shares them', async () => {
    const text = await review('partner', '/b/shared.json');
    expect(text).toContain('| Joint | 1 · €96,000 |');
    expect(text).toContain(`${MARKER} account o3`);
    expect(text).not.toContain('margin 12%');
  });
});
