// renderer/db/live.ts, the page's only view of writes: "data changed" names the stores a
// committed write touched in one database, and ignores other databases.
import { afterEach, describe, expect, it } from 'vitest';
import { onDataChanged, storesTouched } from '../../../renderer/db/live';
import { createPartnership } from '../../../renderer/db/partnerships';
import type { TestContext } from './testDb';
import { createTestContext } from './testDb';

const acme = { name: 'Acme co-sell', partnerOrg: 'Acme Corp', type: 'co-sell', status: 'active' };
const contexts: TestContext[] = [];
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.db.delete()));
});

describe('data changed', () => {
  it('names the stores of one database from a write’s keys', () => {
    const parts = { 'idb://a/partnerships/': {}, 'idb://a/partnerships/name': {}, 'idb://a/activity/': {}, 'idb://b/reminders/': {} };
    expect(storesTouched(parts as never, 'a').sort()).toEqual(['activity', 'partnerships']);
    expect(storesTouched(parts as never, 'c')).toEqual([]);
  });

  it('reports a committed write to its database, and not one to another', async () => {
    const [watched, other] = [createTestContext(), createTestContext()];
    contexts.push(watched, other);
    const seen: (readonly string[])[] = [];
    const stop = onDataChanged(watched.db.name, (stores) => seen.push(stores));
    await createPartnership(other, acme);
    await createPartnership(watched, acme);
    await expect.poll(() => seen.length).toBeGreaterThan(0);
    stop();
    expect(seen.flat()).toContain('partnerships');
    const count = seen.length;
    await createPartnership(watched, acme);
    expect(seen).toHaveLength(count);
  });
});
