// The one write path (renderer/db/writePath.ts): no module of the data layer writes a synced
// table past it, and its writers refuse to run outside writeTransaction.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { addRecords, putRecords, touchPartnership, writeRows, writeTransaction } from '../../../renderer/db/writePath';
import { writesOutsideWritePath } from './writeScan';
import type { TestContext } from './testDb';
import { createTestContext } from './testDb';

const contexts: TestContext[] = [];
afterEach(async () => {
  for (const c of contexts.splice(0)) await c.db.delete();
});

const ENTRY = { id: 'a1', at: '2027-01-14T09:00:00.000Z', entity: 'partnership', entityId: 'p1', partnershipId: 'p1', action: 'update', description: 'x' };

describe('the write path', () => {
  it('is the only way the data layer writes a synced table (schema.ts’s upgrades aside: they run before the database opens)', () => {
    const sources = import.meta.glob<string>(['../../../renderer/db/**/*.ts', '!../../../renderer/db/writePath.ts', '!../../../renderer/db/schema.ts'], { query: '?raw', import: 'default', eager: true });
    expect(Object.keys(sources).length).toBeGreaterThan(30);
    expect(writesOutsideWritePath(sources)).toEqual([]);
  });

  it('has a scan that sees every way renderer/db names a table, and lets the tables that are not synced be', () => {
    const sample = [
      'await ctx.db.commitments.put(after);',
      'await db.activity.bulkAdd(entries);',
      "await db.occurrences.where('cadenceId').equals(id).modify({ note: '' });",
      "await tableOf<Commitment>(ctx.db, 'commitments').update(id, {});",
      'await ctx.db.table(table).put(record);',
      "const table = tableOf<R>(ctx.db, spec.table);\nawait table.bulkPut(rows);",
      'async function f(table: Table<AnyRecord, string>) { await table.clear(); }',
      // Not synced, or no table at all: none of these is a finding.
      'await ctx.db.reminders.put(row);',
      'await ctx.db.settings.put(after);',
      'await ctx.db.exchangeRates.add(record);',
      "await tx.table('meta').put(row);",
      'await db.syncOutbox.bulkDelete(keys);',
      'used.add(id);',
      'memo.delete(id);',
    ].join('\n');
    expect(writesOutsideWritePath({ 'sample.ts': sample }).map((f) => f.line)).toEqual([1, 2, 3, 4, 5, 7, 8]);
  });

  it('refuses a write outside writeTransaction, loudly', async () => {
    const { db } = createTestContext();
    contexts.push({ db } as TestContext);
    expect(() => touchPartnership('p1')).toThrow('outside writeTransaction');
    await expect(addRecords(db, 'activity', [ENTRY])).rejects.toThrow('outside writeTransaction');
    await expect(putRecords(db, 'commitments', [{ id: 'c1', partnershipId: 'p1' }])).rejects.toThrow('outside writeTransaction');
    await expect(writeRows(db, 'settings', [{ id: 'settings' }], 'put')).rejects.toThrow('outside writeTransaction');
    // Inside a plain transaction too: writeTransaction is what opens the scope.
    await expect(db.transaction('rw', [db.activity], () => addRecords(db, 'activity', [ENTRY]))).rejects.toThrow('outside writeTransaction');
    expect(await db.activity.count()).toBe(0);
    await writeTransaction(db, [db.activity], () => addRecords(db, 'activity', [ENTRY]));
    expect(await db.activity.count()).toBe(1);
  });

  it('refuses to run inside a transaction it did not open, whose commit it could not wait for', async () => {
    const ctx = createTestContext();
    contexts.push(ctx);
    const { db } = ctx;
    const outer = db.transaction('rw', [db.activity, db.partnershipExcerpts, db.excerptRevisions, db.partnerships, db.cadences, db.occurrences, db.touchpoints, db.commitments, db.healthChecks, db.intentVersions, db.goalMeasurements], () =>
      writeTransaction(db, [db.activity], () => addRecords(db, 'activity', [ENTRY])),
    );
    await expect(outer).rejects.toThrow('inside a transaction it did not open');
    expect(await db.activity.count()).toBe(0);
  });
});
