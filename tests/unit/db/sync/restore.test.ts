// A backup restored into a portfolio shared with a team: a replace the team's copy would undo
// is refused, and replacing the team's copy on purpose makes every machine hold the backup.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackupFile } from '@shared/backup/format';
import type { CliIo } from '../../../../cli/run';
import { RESTORE_REFUSAL, runCli } from '../../../../cli/run';
import { parseBackup } from '@shared/backup/parse';
import type { Commitment, PortfolioSnapshot } from '@shared/domain';
import { generatePortfolio } from '@shared/sample/portfolioGenerator';
import { RestoreRefusedError, exportBackup, restoreBackup, teamCopyRefusal } from '../../../../renderer/db/backup';
import { createCommitment, updateCommitment } from '../../../../renderer/db/commitments';
import { addSnapshot } from '../../../../renderer/db/snapshot';
import type { Client, Relay } from './simulation';
import { createClient, expectExcerptsTrue, syncWithRelay, syncedTables } from './simulation';

const TODAY = '2027-01-14';
const portfolio: PortfolioSnapshot = generatePortfolio({ seed: 8, partnerships: 2, yearsOfHistory: 0.5, today: TODAY });
const partnershipIds = portfolio.partnerships.map((p) => p.id);
const openCommitment = portfolio.commitments.find((c) => c.status === 'open')!;

const clients: Client[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) await c.app.db.delete();
});

async function backupOf(c: Client): Promise<BackupFile> {
  const parsed = parseBackup(await exportBackup(c.app, { name: 'Steward', version: 'test' }));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.backup;
}

/** Alice and Bob share the portfolio; Alice backs it up; then both edit it: a title changed, a commitment added. */
async function afterTheBackup() {
  const alice = createClient('Alice');
  const bob = createClient('Bob');
  clients.push(alice, bob);
  const relay: Relay = new Map();
  await addSnapshot(alice.app, portfolio, 'Sample');
  await syncWithRelay(alice, relay, partnershipIds);
  await syncWithRelay(bob, relay, partnershipIds);
  const backup = await backupOf(alice);
  bob.app.advance(60_000);
  await updateCommitment(bob.app, openCommitment.id, { ...openCommitment, title: 'Renamed after the backup' });
  const added = await createCommitment(bob.app, { partnershipId: openCommitment.partnershipId, title: 'Added after the backup', owedBy: 'us', dueOn: '2027-02-01' });
  await syncWithRelay(bob, relay, partnershipIds);
  await syncWithRelay(alice, relay, partnershipIds);
  expect((await alice.app.db.commitments.get(added.id))?.title).toBe('Added after the backup');
  return { alice, bob, relay, backup, added };
}

describe('restoring a backup into a portfolio shared with a team', () => {
  it('refuses to replace it unless the caller chooses to replace the team’s copy, and changes nothing', async () => {
    const { alice, backup } = await afterTheBackup();
    const before = await syncedTables(alice);
    const error = await restoreBackup(alice.app, backup, 'replace').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RestoreRefusedError);
    expect((error as Error).message).toMatch(/shared with your team.*replace the team’s copy/);
    expect(await syncedTables(alice)).toEqual(before);
  });

  it('replacing the team’s copy makes every machine hold the backup’s records, the later ones deleted, the excerpts true', async () => {
    const { alice, bob, relay, backup, added } = await afterTheBackup();
    alice.sync.roles = new Map(partnershipIds.map((id) => [id, 'owner']));
    expect(await teamCopyRefusal(alice.app, backup)).toBeUndefined();
    alice.app.advance(120_000);
    await restoreBackup(alice.app, backup, 'replace', { replaceTeamCopy: true });
    await syncWithRelay(alice, relay, partnershipIds);
    await syncWithRelay(bob, relay, partnershipIds);
    await syncWithRelay(alice, relay, partnershipIds);
    for (const c of [alice, bob]) {
      expect(((await c.app.db.commitments.get(openCommitment.id)) as Commitment).title, c.member).toBe(openCommitment.title);
      expect((await c.app.db.commitments.get(added.id))?.deletedAt, c.member).toBe('2027-01-14T09:02:00.000Z');
      await expectExcerptsTrue(c, partnershipIds);
    }
    expect(await syncedTables(bob)).toEqual(await syncedTables(alice));
    const entry = (await alice.app.db.activity.toArray()).find((a) => a.action === 'import' && a.description.startsWith('Restored'))!;
    expect(entry.description).toContain("replacing the team's copy: 1 record it did not hold deleted");
    expect([...alice.warnings, ...bob.warnings]).toEqual([]);
  });

  it('merges as a local edit that reaches the team', async () => {
    const { alice, bob, relay, backup } = await afterTheBackup();
    const newer = backup.data.commitments.map((c) => (c.id === openCommitment.id ? { ...c, detail: 'From the backup', updatedAt: '2027-01-15T00:00:00.000Z' } : c));
    await restoreBackup(alice.app, { ...backup, data: { ...backup.data, commitments: newer } }, 'merge');
    await syncWithRelay(alice, relay, partnershipIds);
    await syncWithRelay(bob, relay, partnershipIds);
    expect(await bob.app.db.commitments.get(openCommitment.id)).toMatchObject({ detail: 'From the backup' });
    expect(await syncedTables(bob)).toEqual(await syncedTables(alice));
  });

  it('refuses to replace the team’s copy for a member who does not own every partnership it would replace, naming them, and changes nothing', async () => {
    const { alice, backup } = await afterTheBackup();
    const [owned, edited] = portfolio.partnerships;
    // What the connection learnt from GET /access: Alice owns one, Bob shared the other with her as an editor.
    alice.sync.roles = new Map([
      [owned!.id, 'owner'],
      [edited!.id, 'editor'],
    ]);
    const before = await syncedTables(alice);
    const error = await restoreBackup(alice.app, backup, 'replace', { replaceTeamCopy: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RestoreRefusedError);
    expect((error as Error).message).toBe(`Only an owner of every partnership the backup would replace can replace the team’s copy: you do not own “${edited!.name}”.`);
    expect(await teamCopyRefusal(alice.app, backup)).toBe((error as Error).message);
    expect(await syncedTables(alice)).toEqual(before);
  });

  it('refuses to replace the team’s copy before the team server has said which partnerships the member owns', async () => {
    const { alice, backup } = await afterTheBackup();
    const error = await restoreBackup(alice.app, backup, 'replace', { replaceTeamCopy: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RestoreRefusedError);
    expect((error as Error).message).toBe('The team server has not said yet which partnerships you own: connect to it, then try again.');
  });

  it('lets an owner replace the team’s copy when the other partnerships are not the team’s (the server does not list them for her)', async () => {
    const { alice, backup } = await afterTheBackup();
    alice.sync.roles = new Map([[partnershipIds[0]!, 'owner']]);
    expect(await teamCopyRefusal(alice.app, backup)).toBeUndefined();
  });
});

describe('the command line with a backup of a portfolio shared with a team', () => {
  /** The CLI over an in-memory file system. */
  async function cli(files: Map<string, string>, ...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = {
      readFile: async (path) => files.get(path) ?? Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' })),
      writeFile: async (path, text) => void files.set(path, text),
      stdout: (line) => out.push(line),
      stderr: (line) => err.push(line),
      now: () => new Date('2027-01-14T12:00:00.000Z'),
      locale: 'en-GB',
    };
    return { code: await runCli(argv, io), out, err };
  }

  it('validates and exports it with the team’s changes, and refuses to restore with the reason, writing nothing', async () => {
    const { alice, added } = await afterTheBackup();
    const text = await exportBackup(alice.app, { name: 'Steward', version: 'test' });
    const files = new Map([['/b/team.json', text]]);
    const valid = await cli(files, 'validate', '/b/team.json');
    expect(valid.code, valid.err.join('\n')).toBe(0);
    const exported = await cli(files, 'export', '--from', '/b/team.json', '--partnership', openCommitment.partnershipId, '--kind', 'commitments', '--edition', 'internal', '--out', '/b/c.csv');
    expect(exported.code, exported.err.join('\n')).toBe(0);
    expect(files.get('/b/c.csv')).toContain(added.title);

    const restored = await cli(files, 'restore', '/b/team.json');
    expect(restored).toEqual({ code: 1, out: [], err: [`steward: ${RESTORE_REFUSAL}`] });
    expect([...files.keys()].sort()).toEqual(['/b/c.csv', '/b/team.json']);
    expect(files.get('/b/team.json')).toBe(text);
  });
});
