// A record the domain keeps unique by a key, created on two machines while both were offline,
// is one record once they meet: its id comes from the key (shared/sync/keys.ts).
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createCadence, findOccurrence, markOccurrence } from '../../../../renderer/db/cadences';
import { createPartnership } from '../../../../renderer/db/partnerships';
import { logTouchpoint } from '../../../../renderer/db/touchpoints';
import { deleteReviewSummary, saveReviewSummary } from '../../../../renderer/db/reviewSummaries';
import { saveMeetingPrep } from '../../../../renderer/db/meetingPreps';
import type { Client, Relay } from './simulation';
import { createClient, expectExcerptsTrue, syncWithRelay, syncedTables } from './simulation';

const OCCURRENCE = '2027-01-14T08:00:00.000Z';

const clients: Client[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) await c.app.db.delete();
});

/** Alice and Bob share a partnership with a weekly cadence. */
async function team() {
  const alice = createClient('Alice', '2027-01-14T10:00:00.000Z');
  const bob = createClient('Bob', '2027-01-14T10:00:00.000Z');
  clients.push(alice, bob);
  const relay: Relay = new Map();
  const p = await createPartnership(alice.app, { name: 'Acme co-sell', partnerOrg: 'Acme Corp', type: 'co-sell', status: 'active' });
  const cadence = await createCadence(alice.app, { partnershipId: p.id, name: 'Ops sync', kind: 'ops sync', rrule: 'FREQ=WEEKLY;BYDAY=TH', start: '2027-01-14T09:00', zone: 'Europe/Berlin', durationMinutes: 30 });
  await syncWithRelay(alice, relay, [p.id]);
  await syncWithRelay(bob, relay, [p.id]);
  return { alice, bob, relay, p, cadence };
}

async function expectOneRecordFor(c: Client, cadenceId: string) {
  const rows = await c.app.db.occurrences.where('[cadenceId+occurrence]').equals([cadenceId, OCCURRENCE]).toArray();
  expect(rows, c.member).toHaveLength(1);
  return rows[0]!;
}

describe('a record unique by a key, made on two machines offline', () => {
  it('is one occurrence record on every machine, whichever marks met first', async () => {
    const { alice, bob, relay, p, cadence } = await team();
    alice.app.advance(60_000);
    bob.app.advance(120_000);
    await markOccurrence(alice.app, { cadenceId: cadence.id, occurrence: OCCURRENCE, outcome: 'skipped', note: 'Alice: bank holiday' });
    await markOccurrence(bob.app, { cadenceId: cadence.id, occurrence: OCCURRENCE, outcome: 'moved', movedTo: '2027-01-15T08:00:00.000Z', note: 'Bob: moved a day' });
    await syncWithRelay(alice, relay, [p.id]);
    await syncWithRelay(bob, relay, [p.id]);
    await syncWithRelay(alice, relay, [p.id]);
    const [onAlice, onBob] = [await expectOneRecordFor(alice, cadence.id), await expectOneRecordFor(bob, cadence.id)];
    expect(onBob).toEqual(onAlice);
    expect(await findOccurrence(bob.app.db, cadence.id, OCCURRENCE)).toEqual(onAlice);
    expect(await syncedTables(bob)).toEqual(await syncedTables(alice));
    for (const c of [alice, bob]) await expectExcerptsTrue(c, [p.id]);
    expect([...alice.warnings, ...bob.warnings]).toEqual([]);
  });

  it('is one occurrence record when one machine held the meeting and the other skipped it', async () => {
    const { alice, bob, relay, p, cadence } = await team();
    alice.app.advance(60_000);
    await logTouchpoint(alice.app, { touchpoint: { partnershipId: p.id, kind: 'meeting', occurredOn: '2027-01-14', title: 'Ops sync', summary: '', cadenceId: cadence.id, occurrence: OCCURRENCE } });
    await markOccurrence(bob.app, { cadenceId: cadence.id, occurrence: OCCURRENCE, outcome: 'skipped', note: '' });
    await syncWithRelay(bob, relay, [p.id]);
    await syncWithRelay(alice, relay, [p.id]);
    await syncWithRelay(bob, relay, [p.id]);
    expect(await expectOneRecordFor(bob, cadence.id)).toEqual(await expectOneRecordFor(alice, cadence.id));
    expect(await syncedTables(bob)).toEqual(await syncedTables(alice));
    for (const c of [alice, bob]) await expectExcerptsTrue(c, [p.id]);
    expect([...alice.warnings, ...bob.warnings]).toEqual([]);
  });

  it('is one executive summary of a quarter, and one preparation of a cadence meeting', async () => {
    const { alice, bob, relay, p, cadence } = await team();
    alice.app.advance(60_000);
    bob.app.advance(120_000);
    for (const [c, who] of [[alice, 'Alice'], [bob, 'Bob']] as const) {
      await saveReviewSummary(c.app, { partnershipId: p.id, quarter: '2027-Q1', wins: `Wins by ${who}`, risks: '', asks: '' });
      await saveMeetingPrep(c.app, { partnershipId: p.id, cadenceId: cadence.id, occurrence: OCCURRENCE, title: '', agenda: [], notes: `Notes by ${who}` });
    }
    await syncWithRelay(alice, relay, [p.id]);
    await syncWithRelay(bob, relay, [p.id]);
    await syncWithRelay(alice, relay, [p.id]);
    for (const c of [alice, bob]) {
      expect(await c.app.db.reviewSummaries.where('[partnershipId+quarter]').equals([p.id, '2027-Q1']).count(), c.member).toBe(1);
      expect(await c.app.db.meetingPreps.where('[cadenceId+occurrence]').equals([cadence.id, OCCURRENCE]).count(), c.member).toBe(1);
    }
    expect(await syncedTables(bob)).toEqual(await syncedTables(alice));
    expect([...alice.warnings, ...bob.warnings]).toEqual([]);
  });

  it('comes back under its id after an undone first save: deleted, then saved again', async () => {
    const { alice, p } = await team();
    const first = await saveReviewSummary(alice.app, { partnershipId: p.id, quarter: '2027-Q1', wins: 'First', risks: '', asks: '' });
    await deleteReviewSummary(alice.app, p.id, '2027-Q1');
    alice.app.advance(60_000);
    const again = await saveReviewSummary(alice.app, { partnershipId: p.id, quarter: '2027-Q1', wins: 'Again', risks: '', asks: '' });
    expect(again.summary).toMatchObject({ id: first.summary.id, wins: 'Again' });
    expect(again.summary.deletedAt).toBeUndefined();
    expect(await alice.app.db.reviewSummaries.count()).toBe(1);
  });
});
