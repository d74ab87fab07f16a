// Ten machines of one team make random offline edits through the real repositories, then
// meet the relay (the server's merged documents) in random orders: every database ends
// with the same records, every excerpt equals a rebuild from them, and no edit to a
// different field is lost. A property test with a fixed seed (fast-check), kept small
// for a shared CI machine.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cadence, Commitment, Partnership, PortfolioSnapshot } from '@shared/domain';
import { emptyPortfolioSnapshot } from '@shared/domain';
import { generatePortfolio } from '@shared/sample/portfolioGenerator';
import { addSnapshot } from '../../../../renderer/db/snapshot';
import { createCommitment, deleteCommitment, updateCommitment } from '../../../../renderer/db/commitments';
import { updateCadence } from '../../../../renderer/db/cadences';
import { updatePartnership } from '../../../../renderer/db/partnerships';
import { listConflicts } from '../../../../renderer/db/sync';
import type { Client, Relay } from './simulation';
import { createClient, expectExcerptsTrue, syncWithRelay, syncedTables } from './simulation';

const CLIENTS = 10;
const TODAY = '2027-01-14';

/** Two partnerships, with one cadence and three commitments each, from the generator (fixed ids). */
function smallPortfolio(): PortfolioSnapshot {
  const full = generatePortfolio({ seed: 8, partnerships: 2, yearsOfHistory: 0.5, today: TODAY });
  const ids = full.partnerships.map((p) => p.id);
  const pick = <T extends { partnershipId: string }>(rows: readonly T[], n: number) => ids.flatMap((id) => rows.filter((r) => r.partnershipId === id && !('deletedAt' in r && r.deletedAt)).slice(0, n));
  return { ...emptyPortfolioSnapshot(), partnerships: full.partnerships, cadences: pick(full.cadences, 1), commitments: pick(full.commitments, 3) };
}
const BASE = smallPortfolio();

type Kind = 'commitment' | 'cadence' | 'partnership' | 'create' | 'delete';
interface Edit {
  readonly kind: Kind;
  readonly pick: number;
  readonly field: number;
  readonly value: number;
}
interface Round {
  readonly edits: readonly (readonly Edit[])[];
  readonly order: readonly number[];
}

const editArb: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom<Kind>('commitment', 'commitment', 'cadence', 'partnership', 'create', 'delete'),
  pick: fc.nat(20),
  field: fc.nat(3),
  value: fc.nat(27),
});
const roundArb: fc.Arbitrary<Round> = fc.record({
  edits: fc.array(fc.array(editArb, { maxLength: 3 }), { minLength: CLIENTS, maxLength: CLIENTS }),
  order: fc.shuffledSubarray([...Array(CLIENTS).keys()], { minLength: CLIENTS, maxLength: CLIENTS }),
});

/** Every value a client wrote to a field, in order: `${table}/${id}/${field}` → [client, value][]. */
type Ledger = Map<string, [number, unknown][]>;

function note(ledger: Ledger, client: number, table: string, id: string, field: string, value: unknown): void {
  const key = `${table}/${id}/${field}`;
  ledger.set(key, [...(ledger.get(key) ?? []), [client, value]]);
}

const COMMITMENT_FIELDS = ['title', 'detail', 'dueOn', 'owedBy'] as const;
const CADENCE_FIELDS = ['name', 'channel', 'agendaTemplate', 'durationMinutes'] as const;
const PARTNERSHIP_FIELDS = ['name', 'owner', 'partnerOrg', 'status'] as const;

function valueFor(field: string, client: number, round: number, n: number): unknown {
  if (field === 'dueOn') return `2027-0${1 + (n % 9)}-${String(10 + (n % 18))}`;
  if (field === 'owedBy') return (['us', 'partner', 'joint'] as const)[n % 3];
  if (field === 'status') return (['active', 'at risk', 'paused'] as const)[n % 3];
  if (field === 'durationMinutes') return 15 + n;
  return `${field} ${client}.${round}.${n}`;
}

const live = <T extends { deletedAt?: string }>(rows: T[]) => rows.filter((r) => !r.deletedAt).sort((a, b) => ((a as unknown as { id: string }).id < (b as unknown as { id: string }).id ? -1 : 1));

/** One edit through the repositories, noted in the ledger; an edit of something this machine cannot see is skipped. */
async function applyEdit(c: Client, index: number, round: number, edit: Edit, ledger: Ledger, created: string[]): Promise<void> {
  const { db } = c.app;
  c.app.advance(1_000);
  if (edit.kind === 'commitment' || edit.kind === 'delete') {
    const rows = live((await db.commitments.toArray()) as Commitment[]);
    const target = rows[edit.pick % Math.max(rows.length, 1)];
    if (!target) return;
    if (edit.kind === 'delete') {
      await deleteCommitment(c.app, target.id);
      note(ledger, index, 'commitments', target.id, 'deletedAt', c.app.now().toISOString());
      return;
    }
    const field = COMMITMENT_FIELDS[edit.field % COMMITMENT_FIELDS.length]!;
    const value = valueFor(field, index, round, edit.value);
    await updateCommitment(c.app, target.id, { ...target, [field]: value });
    note(ledger, index, 'commitments', target.id, field, value);
  } else if (edit.kind === 'cadence') {
    const rows = live((await db.cadences.toArray()) as Cadence[]);
    const target = rows[edit.pick % rows.length]!;
    const field = CADENCE_FIELDS[edit.field % CADENCE_FIELDS.length]!;
    const value = valueFor(field, index, round, edit.value);
    await updateCadence(c.app, target.id, { ...target, [field]: value });
    note(ledger, index, 'cadences', target.id, field, value);
  } else if (edit.kind === 'partnership') {
    const rows = live((await db.partnerships.toArray()) as Partnership[]);
    const target = rows[edit.pick % rows.length]!;
    const field = PARTNERSHIP_FIELDS[edit.field % PARTNERSHIP_FIELDS.length]!;
    const value = valueFor(field, index, round, edit.value);
    await updatePartnership(c.app, target.id, { ...target, [field]: value });
    note(ledger, index, 'partnerships', target.id, field, value);
  } else {
    const partnershipId = BASE.partnerships[edit.pick % BASE.partnerships.length]!.id;
    const made = await createCommitment(c.app, { partnershipId, title: `New ${index}.${round}.${edit.value}`, owedBy: 'us', dueOn: '2027-03-01' });
    created.push(made.id);
  }
}

/** Records whose fields were written by two machines, each to a field the other did not write. */
function mergedRecords(ledger: Ledger): number {
  const byRecord = new Map<string, Map<string, Set<number>>>();
  for (const [key, writes] of ledger) {
    const [table, id, field] = key.split('/') as [string, string, string];
    const fields = byRecord.get(`${table}/${id}`) ?? new Map<string, Set<number>>();
    fields.set(field, new Set(writes.map(([client]) => client)));
    byRecord.set(`${table}/${id}`, fields);
  }
  return [...byRecord.values()].filter((fields) => {
    const solo = [...fields.values()].filter((writers) => writers.size === 1).map((writers) => [...writers][0]);
    return new Set(solo).size > 1;
  }).length;
}

/** The final value of every field some client wrote is one of the values written; a field one client alone wrote keeps its last value. */
async function expectNoEditLost(c: Client, ledger: Ledger): Promise<void> {
  for (const [key, writes] of ledger) {
    const [table, id, field] = key.split('/') as [string, string, string];
    const record = (await c.app.db.table(table).get(id)) as Record<string, unknown>;
    const final = record[field];
    const writers = new Set(writes.map(([client]) => client));
    if (field === 'deletedAt') {
      expect(final, key).toBeDefined();
      continue;
    }
    expect(writes.map(([, v]) => v), key).toContainEqual(final);
    if (writers.size === 1) expect(final, `${key}, written by one client only`).toEqual(writes.at(-1)![1]);
  }
}

/** Each conflict a machine recorded holds a value it wrote and a value another machine wrote to that field. */
async function expectConflictsTrue(c: Client, index: number, ledger: Ledger): Promise<number> {
  const conflicts = await listConflicts(c.app);
  for (const conflict of conflicts) {
    const writes = ledger.get(`${conflict.table}/${conflict.recordId}/${conflict.field}`) ?? [];
    expect(writes.filter(([client]) => client === index).map(([, v]) => v), `${c.member}: ours`).toContainEqual(conflict.ours);
    expect(writes.filter(([client]) => client !== index).map(([, v]) => v), `${c.member}: theirs`).toContainEqual(conflict.theirs);
  }
  return conflicts.length;
}

describe('ten machines editing one portfolio offline', () => {
  // A guard against a hang, not a speed check: 20 runs of ten databases take 15–30 s on a busy 2-core machine.
  it('converge to the same records and excerpts, with no edit to another field lost', { timeout: 180_000 }, async () => {
    // Over all runs: how many conflicts were recorded, and how many records two machines changed in different fields.
    const seen = { conflicts: 0, mergedRecords: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(roundArb, { minLength: 1, maxLength: 2 }), async (rounds) => {
        const clients = Array.from({ length: CLIENTS }, (_, i) => createClient(`Member ${i}`));
        const relay: Relay = new Map();
        const partnershipIds = BASE.partnerships.map((p) => p.id);
        try {
          await addSnapshot(clients[0]!.app, BASE, 'Team portfolio');
          for (const c of clients) await syncWithRelay(c, relay, partnershipIds);
          const ledger: Ledger = new Map();
          const created: string[] = [];
          for (const [r, round] of rounds.entries()) {
            for (const [i, c] of clients.entries()) for (const edit of round.edits[i]!) await applyEdit(c, i, r, edit, ledger, created);
            for (const i of round.order) await syncWithRelay(clients[i]!, relay, partnershipIds);
          }
          // Everyone meets the relay once more: each then has what everyone sent.
          for (const c of clients) await syncWithRelay(c, relay, partnershipIds);
          const tables = await syncedTables(clients[0]!);
          for (const c of clients) {
            expect(c.warnings, c.member).toEqual([]);
            expect(await syncedTables(c), c.member).toEqual(tables);
            await expectExcerptsTrue(c, partnershipIds);
            await expectNoEditLost(c, ledger);
          }
          for (const [i, c] of clients.entries()) seen.conflicts += await expectConflictsTrue(c, i, ledger);
          seen.mergedRecords += mergedRecords(ledger);
          for (const id of created) expect(await clients[0]!.app.db.commitments.get(id as Commitment['id'])).toBeDefined();
        } finally {
          for (const c of clients) await c.app.db.delete();
        }
      }),
      { seed: 20_261_206, numRuns: 20, endOnFailure: true },
    );
    // The seed's runs do reach both kinds of merge this test is about.
    expect(seen.conflicts).toBeGreaterThan(0);
    expect(seen.mergedRecords).toBeGreaterThan(0);
  });
});
