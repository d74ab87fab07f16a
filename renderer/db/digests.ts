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

export const DIGEST_STORE = 'partnershipDigests';
/** The records digests are made of. Partnerships are not: readers take them fresh. */
export const DIGESTED_STORES = ['cadences', 'occurrences', 'touchpoints', 'commitments', 'healthChecks', 'intentVersions'] as const;

const isDigested = (store: string) => (DIGESTED_STORES as readonly string[]).includes(store);
const ANY_KEY = { type: 3 /* DBCoreRangeType.Any */, lower: undefined, upper: undefined } as const;
/** Every stored digest of one partnership, whatever its stamp (the primary key is [partnershipId, stamp]). */
const digestsOf = (partnershipId: string) =>
  ({ type: 2 /* DBCoreRangeType.Range */, lower: [partnershipId, Dexie.minKey], lowerOpen: false, upper: [partnershipId, Dexie.maxKey], upperOpen: false }) as const;

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

// The partnerships whose digests a write has forgotten and no reader has seen rebuilt, per
// database name. A reader starts reading their records alongside the digests' keys rather
// than after them, which takes a step out of the refresh that follows an edit. Only a
// hint: what the keys say decides which digests are built.
const forgottenByDb = new Map<string, Set<string>>();

function hintsOf(dbName: string): Set<string> {
  let hints = forgottenByDb.get(dbName);
  if (!hints) forgottenByDb.set(dbName, (hints = new Set()));
  return hints;
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
            const forget = (touched: string[] | 'all') => {
              if (touched === 'all') return digests.mutate({ type: 'deleteRange', trans: req.trans, range: ANY_KEY });
              for (const id of touched) hintsOf(down.schema.name).add(id);
              return Promise.all(touched.map((id) => digests.mutate({ type: 'deleteRange', trans: req.trans, range: digestsOf(id) })));
            };
            // The forgetting and the write are sent together: the transaction runs them in
            // order, and the write need not wait a round trip for the delete to answer.
            const alongside = (touched: string[] | 'all') => Promise.all([forget(touched), table.mutate(req)]).then(([, result]) => result);
            if (req.type === 'deleteRange') return alongside('all');
            if (req.type === 'delete') return table.getMany({ trans: req.trans, keys: req.keys }).then((values) => alongside(partnershipsOf(values)));
            return alongside(partnershipsOf(req.values));
          },
        };
      },
    };
  },
};

/** The stores a digest read or build needs in its transaction. */
export const digestTables = (db: StewardDb) => [db.partnershipDigests, db.cadences, db.occurrences, db.touchpoints, db.commitments, db.healthChecks, db.intentVersions];

// The stored digests last read, per database: a read compares the stamps in the digests'
// primary keys ([partnershipId, stamp], one request for all) with these and fetches only
// the digests that changed, so a refresh after an edit reads one digest, not every one.
const inMemory = new WeakMap<StewardDb, Map<string, PartnershipDigest>>();

/** Forgets the digests held in memory, as a fresh start of the app would (the benchmark's cold runs). */
export function forgetDigestsInMemory(db: StewardDb): void {
  inMemory.delete(db);
}

type DigestKey = [partnershipId: string, stamp: string];

async function readStored(db: StewardDb, partnershipIds: readonly string[], keys: readonly DigestKey[]): Promise<Map<string, PartnershipDigest>> {
  const held = inMemory.get(db) ?? new Map<string, PartnershipDigest>();
  const wanted = new Set(partnershipIds);
  const stored = keys.filter(([id]) => wanted.has(id));
  const changed = stored.filter(([id, stamp]) => held.get(id)?.stamp !== stamp);
  const fetched = new Map((changed.length > 0 ? await db.partnershipDigests.bulkGet(changed) : []).flatMap((d) => (d ? [[d.stamp, d] as const] : [])));
  const current = new Map<string, PartnershipDigest>();
  for (const [id, stamp] of stored) {
    const digest = held.get(id)?.stamp === stamp ? held.get(id) : fetched.get(stamp);
    if (digest) current.set(id, digest);
  }
  inMemory.set(db, new Map([...held].filter(([id]) => !wanted.has(id)).concat([...current])));
  return current;
}

/**
 * The digests of these partnerships that serve `now`, building the others from the records.
 * Call inside a transaction over `digestTables(db)`. The ids may still be being read: the
 * stored digests' keys are read meanwhile. The digests it built, and those getting old,
 * are then stored afresh.
 */
export async function readDigests(db: StewardDb, partnershipIds: readonly string[] | PromiseLike<readonly string[]>, now: Date): Promise<PartnershipDigest[]> {
  const hinted = [...hintsOf(db.name)];
  const [ids, keys, early] = await Promise.all([
    partnershipIds,
    db.partnershipDigests.toCollection().primaryKeys(),
    hinted.length > 0 ? readDigestSource(db, hinted, now) : undefined,
  ]);
  const stored = await readStored(db, ids, keys);
  const live = new Set(ids);
  for (const id of hinted) if (stored.has(id) || !live.has(id)) hintsOf(db.name).delete(id);
  const serving = [...stored.values()].filter((d) => digestState(d, now) !== 'stale');
  const have = new Set(serving.map((d) => d.partnershipId));
  const missing = ids.filter((id) => !have.has(id));
  const aging = serving.filter((d) => digestState(d, now) === 'aging').map((d) => d.partnershipId);
  if (missing.length + aging.length > 0) storeLater(db, [...missing, ...aging], now);
  if (missing.length === 0) return serving;
  const late = missing.filter((id) => !hinted.includes(id));
  const source = mergeDigestSources([...(early ? [early] : []), ...(late.length > 0 ? [await readDigestSource(db, late, now)] : [])]);
  return [...serving, ...buildDigests(missing, source, now)];
}

/** Builds and stores the digests of these partnerships (those not already fresh) in one transaction. */
export async function storeDigests(db: StewardDb, partnershipIds: readonly string[], now: Date): Promise<void> {
  await db.transaction('rw', digestTables(db), async () => {
    const stored = await db.partnershipDigests.where('partnershipId').anyOf([...partnershipIds]).toArray();
    const fresh = new Set(stored.filter((d) => digestState(d, now) === 'fresh').map((d) => d.partnershipId));
    const stale = partnershipIds.filter((id) => !fresh.has(id));
    if (stale.length === 0) return;
    const built = buildDigests(stale, await readDigestSource(db, stale, now), now);
    await db.partnershipDigests.where('partnershipId').anyOf(stale).delete();
    await db.partnershipDigests.bulkAdd(built);
  });
  for (const id of partnershipIds) hintsOf(db.name).delete(id);
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

/**
 * Each partnership's records a digest needs, by its own indexes: six range reads per
 * partnership sent at once, and a seventh step only for a flexible cadence not held within
 * the window (when it was last held, however long ago).
 */
async function readDigestSource(db: StewardDb, partnershipIds: readonly string[], now: Date): Promise<DigestSource> {
  const { since, sinceIso } = digestWindow(now);
  const parts = await Promise.all(
    partnershipIds.map(async (id) => {
      const [cadences, commitments, healthChecks, intentVersions, recentOccurrences, recentTouchpoints] = await Promise.all([
        db.cadences.where('partnershipId').equals(id).toArray(),
        db.commitments.where('partnershipId').equals(id).toArray(),
        db.healthChecks.where('partnershipId').equals(id).toArray(),
        db.intentVersions.where('partnershipId').equals(id).toArray(),
        db.occurrences.where('[partnershipId+occurrence]').between([id, sinceIso], [id, Dexie.maxKey]).toArray(),
        db.touchpoints.where('[partnershipId+occurredOn]').between([id, since], [id, Dexie.maxKey]).toArray(),
      ]);
      const active = cadences.filter((c) => c.status === 'active' && !c.deletedAt);
      const history = await Promise.all(
        active.map(async (c) => {
          const occurrences = recentOccurrences.filter((r) => r.cadenceId === c.id);
          const touchpoints = recentTouchpoints.filter((t) => t.cadenceId === c.id);
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
