// Keeps each partnership's digest (shared/attentionDigest.ts) true to its records.
//
// Upkeep is a Dexie DBCore middleware, so no write path can forget it: every read-write
// transaction that touches a digested table also takes the digests store, and each write
// deletes, in that same transaction, the digests of the partnerships it touches (all of
// them for a clear). Readers use the digests that are there and current, build the missing
// ones from the records with indexed reads of just those partnerships, and then store them
// in a transaction of their own that reads the records again, so a stored digest always
// matches the records it was committed with.
import Dexie from 'dexie';
import type { DBCore, Middleware } from 'dexie';
import type { DigestSource, PartnershipDigest } from '@shared/attentionDigest';
import { buildDigests, digestState, digestWindow, mergeDigestSources } from '@shared/attentionDigest';
import type { OccurrenceRecord, Touchpoint } from '@shared/domain';
import type { StewardDb } from './schema';

export const DIGEST_STORE = 'digests';
/** The records digests are made of. Partnerships are not: readers take them fresh. */
export const DIGESTED_STORES = ['cadences', 'occurrences', 'touchpoints', 'commitments', 'healthChecks', 'intentVersions'] as const;

const isDigested = (store: string) => (DIGESTED_STORES as readonly string[]).includes(store);
const ANY_KEY = { type: 3 /* DBCoreRangeType.Any */, lower: undefined, upper: undefined } as const;

/** The partnerships these records belong to, or 'all' when one has none to tell. */
function partnershipsOf(values: readonly unknown[]): string[] | 'all' {
  const ids = new Set<string>();
  for (const value of values as readonly ({ partnershipId?: unknown } | undefined)[]) {
    if (value === undefined) continue;
    if (typeof value.partnershipId !== 'string') return 'all';
    ids.add(value.partnershipId);
  }
  return [...ids];
}

export const digestUpkeep: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'StewardDigestUpkeep',
  create(down) {
    // A database opened at a version without the store (schema upgrade tests) has nothing to keep.
    if (!down.schema.tables.some((t) => t.name === DIGEST_STORE)) return down;
    return {
      ...down,
      transaction(stores, mode, options) {
        const widened = mode === 'readwrite' && stores.some(isDigested) && !stores.includes(DIGEST_STORE) ? [...stores, DIGEST_STORE] : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (!isDigested(name)) return table;
        const digests = down.table(DIGEST_STORE);
        return {
          ...table,
          // Promise chains, not async/await: Dexie's own middlewares below read the
          // transaction from its zone, which only its promises carry across a step.
          mutate: (req) => {
            const forget = (touched: string[] | 'all') =>
              touched === 'all'
                ? digests.mutate({ type: 'deleteRange', trans: req.trans, range: ANY_KEY })
                : digests.mutate({ type: 'delete', trans: req.trans, keys: touched });
            const forgotten =
              req.type === 'deleteRange'
                ? forget('all')
                : req.type === 'delete'
                  ? table.getMany({ trans: req.trans, keys: req.keys }).then((values) => forget(partnershipsOf(values)))
                  : forget(partnershipsOf(req.values));
            return forgotten.then(() => table.mutate(req));
          },
        };
      },
    };
  },
};

/** The stores a digest read or build needs in its transaction. */
export const digestTables = (db: StewardDb) => [db.digests, db.cadences, db.occurrences, db.touchpoints, db.commitments, db.healthChecks, db.intentVersions];

// The stored digests last read, per database: a read compares the stamps in the digests'
// [partnershipId+stamp] index with these and fetches only the digests that changed, so a
// refresh after an edit reads one digest, not every one.
const inMemory = new WeakMap<StewardDb, Map<string, PartnershipDigest>>();

/** Forgets the digests held in memory, as a fresh start of the app would (the benchmark's cold runs). */
export function forgetDigestsInMemory(db: StewardDb): void {
  inMemory.delete(db);
}

async function readStored(db: StewardDb, partnershipIds: readonly string[]): Promise<Map<string, PartnershipDigest>> {
  const held = inMemory.get(db) ?? new Map<string, PartnershipDigest>();
  const wanted = new Set(partnershipIds);
  const stamps = new Map(((await db.digests.orderBy('[partnershipId+stamp]').keys()) as unknown as [string, string][]).filter(([id]) => wanted.has(id)));
  const changed = [...stamps].filter(([id, stamp]) => held.get(id)?.stamp !== stamp).map(([id]) => id);
  const fetched = changed.length > 0 ? await db.digests.bulkGet(changed) : [];
  const current = new Map<string, PartnershipDigest>();
  for (const [id, stamp] of stamps) {
    const digest = held.get(id)?.stamp === stamp ? held.get(id) : fetched[changed.indexOf(id)];
    if (digest?.stamp === stamp) current.set(id, digest);
  }
  inMemory.set(db, new Map([...held].filter(([id]) => !wanted.has(id)).concat([...current])));
  return current;
}

/**
 * The digests of these partnerships that serve `now`, building the others from the records.
 * Call inside a transaction over `digestTables(db)`. The ones it built, and those getting
 * old, are then stored afresh.
 */
export async function readDigests(db: StewardDb, partnershipIds: readonly string[], now: Date): Promise<PartnershipDigest[]> {
  const stored = await readStored(db, partnershipIds);
  const serving = [...stored.values()].filter((d) => digestState(d, now) !== 'stale');
  const have = new Set(serving.map((d) => d.partnershipId));
  const missing = partnershipIds.filter((id) => !have.has(id));
  const aging = serving.filter((d) => digestState(d, now) === 'aging').map((d) => d.partnershipId);
  if (missing.length + aging.length > 0) storeLater(db, [...missing, ...aging], now);
  if (missing.length === 0) return serving;
  return [...serving, ...buildDigests(missing, await readDigestSource(db, missing, now), now)];
}

/** Builds and stores the digests of these partnerships (those not already fresh) in one transaction. */
export async function storeDigests(db: StewardDb, partnershipIds: readonly string[], now: Date): Promise<void> {
  await db.transaction('rw', digestTables(db), async () => {
    const stored = await db.digests.bulkGet([...partnershipIds]);
    const stale = partnershipIds.filter((_, i) => !stored[i] || digestState(stored[i], now) !== 'fresh');
    if (stale.length === 0) return;
    await db.digests.bulkPut(buildDigests(stale, await readDigestSource(db, stale, now), now));
  });
}

const pending = new WeakMap<StewardDb, { ids: Set<string>; now: Date; done: Promise<void> }>();

/**
 * Stores the digests a read had to build, once the read is over (a live query may not
 * write). Reads in the meantime join the same write. Failure only costs the next read a
 * rebuild, so it is not reported.
 */
function storeLater(db: StewardDb, ids: readonly string[], now: Date): void {
  const queued = pending.get(db);
  if (queued) {
    for (const id of ids) queued.ids.add(id);
    if (now > queued.now) queued.now = now;
    return;
  }
  const job = { ids: new Set(ids), now, done: Promise.resolve() };
  job.done = Dexie.ignoreTransaction(
    () =>
      new Promise<void>((resolve) => {
        setTimeout(() => {
          pending.delete(db);
          storeDigests(db, [...job.ids], job.now).then(resolve, () => resolve());
        }, 0);
      }),
  );
  pending.set(db, job);
}

/** Resolves when the digests reads have queued are stored (tests and the benchmark wait for it). */
export async function digestsSettled(db: StewardDb): Promise<void> {
  await pending.get(db)?.done;
}

/** Each partnership's records a digest needs, by its own indexes: a few reads per partnership. */
async function readDigestSource(db: StewardDb, partnershipIds: readonly string[], now: Date): Promise<DigestSource> {
  const { since, sinceIso } = digestWindow(now);
  const parts = await Promise.all(
    partnershipIds.map(async (id) => {
      const [cadences, commitments, healthChecks, intentVersions] = await Promise.all([
        db.cadences.where('partnershipId').equals(id).toArray(),
        db.commitments.where('partnershipId').equals(id).toArray(),
        db.healthChecks.where('partnershipId').equals(id).toArray(),
        db.intentVersions.where('partnershipId').equals(id).toArray(),
      ]);
      const active = cadences.filter((c) => c.status === 'active' && !c.deletedAt);
      const history = await Promise.all(
        active.map(async (c) => {
          const [occurrences, touchpoints] = await Promise.all([
            db.occurrences.where('[cadenceId+occurrence]').between([c.id, sinceIso], [c.id, Dexie.maxKey]).toArray(),
            db.touchpoints.where('[cadenceId+occurredOn]').between([c.id, since], [c.id, Dexie.maxKey]).toArray(),
          ]);
          const isHeldIn = occurrences.some((r) => r.outcome === 'held' && !r.deletedAt) || touchpoints.some((t) => !t.deletedAt);
          const last = c.mode === 'flexible' && !isHeldIn ? await lastHeldOf(db, c.id) : {};
          return { occurrences: withOne(occurrences, last.record), touchpoints: withOne(touchpoints, last.touchpoint) };
        }),
      );
      return {
        cadences: active,
        occurrences: history.flatMap((h) => h.occurrences),
        touchpoints: history.flatMap((h) => h.touchpoints),
        commitments: commitments.filter((c) => c.status === 'open'),
        healthChecks,
        intentVersions,
      };
    }),
  );
  return mergeDigestSources(parts);
}

const withOne = <T>(rows: T[], extra: T | undefined) => (extra ? [...rows, extra] : rows);
const isLive = (record: { readonly deletedAt?: string }) => !record.deletedAt;

/** When a flexible cadence was last held, however long ago. */
async function lastHeldOf(db: StewardDb, cadenceId: string): Promise<{ touchpoint?: Touchpoint; record?: OccurrenceRecord }> {
  const [touchpoint, record] = await Promise.all([
    db.touchpoints.where('[cadenceId+occurredOn]').between([cadenceId, Dexie.minKey], [cadenceId, Dexie.maxKey]).reverse().filter(isLive).first(),
    db.occurrences
      .where('[cadenceId+occurrence]')
      .between([cadenceId, Dexie.minKey], [cadenceId, Dexie.maxKey])
      .reverse()
      .filter((r) => isLive(r) && r.outcome === 'held')
      .first(),
  ]);
  return { touchpoint, record };
}
