// The recovery path for a database that will not open, on fake-indexeddb: a database of
// the same name whose partnerships are keyed differently (another build, or damage) makes
// Dexie's open fail for real, and restoring a validated backup replaces it. (A database at a
// much higher version does not fail: Dexie 4 opens it at its version and adds what is missing.)
import { afterEach, describe, expect, it } from 'vitest';
import { emptyBackupData, serializeBackup } from '@shared/backup/format';
import { parseBackup } from '@shared/backup/parse';
import { samplePortfolio } from '@shared/sample/portfolioGenerator';
import { countBackupTables, replaceUnreadableDatabase } from '../../../renderer/db/backup';
import { SCHEMA_VERSION, StewardDb } from '../../../renderer/db/schema';
import { describeOpenFailure } from '../../../renderer/src/recovery/openFailure';
import { createTestContext } from './testDb';
import type { TestContext } from './testDb';

const contexts: TestContext[] = [];
afterEach(async () => {
  for (const ctx of contexts.splice(0)) await ctx.db.delete();
});

/** Dexie version 1's native number (1 × 10), but partnerships keyed by another field: Dexie cannot open or upgrade it. */
function writeIncompatibleDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 10);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('partnerships', { keyPath: 'uuid' });
      request.result.createObjectStore('fromElsewhere');
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

function backupOfSample() {
  const sample = samplePortfolio('2027-01-14');
  const parsed = parseBackup(serializeBackup({ ...emptyBackupData(), ...sample }, { exportedAt: '2027-01-14T09:00:00.000Z', app: { name: 'Steward', version: '0.1.0' } }));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return { sample, backup: parsed.backup };
}

describe('recovering a database that will not open', () => {
  it('fails to open, explained in plain words', async () => {
    const ctx = createTestContext();
    contexts.push(ctx);
    await writeIncompatibleDatabase(ctx.db.name);
    const error = await ctx.db.open().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: 'UpgradeError' });
    const failure = describeOpenFailure(error);
    expect(failure.summary).toContain('does not match what this version of Steward expects');
    expect(failure.detail).toContain('UpgradeError');
  });

  it('deletes the unreadable database, opens a fresh one and restores the backup into it', async () => {
    const ctx = createTestContext();
    contexts.push(ctx);
    await writeIncompatibleDatabase(ctx.db.name);
    await expect(ctx.db.open()).rejects.toMatchObject({ name: 'UpgradeError' });
    const { sample, backup } = backupOfSample();
    await replaceUnreadableDatabase(ctx, backup);
    // What the app opens after its reload: a new connection, at the app's own version (Dexie's native number is ×10).
    const reopened = new StewardDb(ctx.db.name);
    await reopened.open();
    contexts.push({ ...ctx, db: reopened });
    expect(reopened.backendDB().version).toBe(SCHEMA_VERSION * 10);
    const counts = await countBackupTables({ db: reopened });
    expect(counts.partnerships).toBe(sample.partnerships.length);
    expect(counts.commitments).toBe(sample.commitments.length);
    // One import entry on top of the backup's own activity.
    expect(counts.activity).toBe(sample.activity.length + 1);
    expect([...reopened.backendDB().objectStoreNames]).not.toContain('fromElsewhere');
  });

  it('says something useful for an error it does not know', () => {
    expect(describeOpenFailure(new Error('boom'))).toEqual({ summary: 'The database reported an error while opening.', detail: 'Error: boom' });
    expect(describeOpenFailure({ name: 'OpenFailedError', message: 'x', inner: { name: 'QuotaExceededError' } }).summary).toContain('disk is full');
  });
});
