// The simulated user: every morning the app is open, they record most past meetings as held
// a day after (some late, a few settled in bulk weeks later, some never), skip or move some,
// hold flexible cadences when due, complete, miss or drop commitments, score health, and
// snooze or dismiss some reminders. Every choice is a hash of the seed and the record, so
// a run is the same on every machine and in every order.
import { nextDue, plannedOccurrences } from '@shared/cadenceSchedule';
import { addDays, daysBetween } from '@shared/dates';
import type { Cadence, CadenceId, Commitment, CommitmentId, HealthCheck, HealthCheckId, OccurrenceRecord, OwedBy, Touchpoint, TouchpointId } from '@shared/domain';
import { snoozeUntil } from '@shared/reminders';
import { utcToLocal } from '@shared/timezones';
import type { World } from './world';
import { inbox, livePartnerships } from './world';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** A number in [0, 1) fixed by the seed and the parts (FNV-1a, then a murmur finaliser). */
export function chance(seed: number, ...parts: readonly string[]): number {
  let h = 0x811c9dc5 ^ seed;
  for (const ch of parts.join('|')) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 2 ** 32;
}

const pick = (u: number, from: number, to: number) => from + Math.floor(u * (to - from + 1));

function newId<B extends string>(world: World, kind: string): B {
  world.created += 1;
  return `sim-${kind}-${String(world.created).padStart(6, '0')}` as B;
}

const stamp = (at: string) => ({ createdAt: at, updatedAt: at });
const isActiveFixed = (c: Cadence) => !c.deletedAt && c.status === 'active' && c.mode === 'fixed' && c.rrule.trim() !== '';

/** The partnerships the user still works on: not deleted, not ended. */
function workedOn(world: World): Set<string> {
  return new Set(
    livePartnerships(world)
      .filter((p) => p.status !== 'ended')
      .map((p) => p.id as string),
  );
}

type Fate = 'held' | 'held late' | 'skipped' | 'moved then held' | 'moved' | 'settled in bulk' | 'never recorded';

/** What becomes of one planned occurrence. */
export function fateOf(seed: number, cadenceId: string, occurrence: string): Fate {
  const u = chance(seed, 'fate', cadenceId, occurrence);
  if (u < 0.58) return 'held';
  if (u < 0.66) return 'held late';
  if (u < 0.75) return 'skipped';
  if (u < 0.78) return 'moved then held';
  if (u < 0.8) return 'moved';
  if (u < 0.9) return 'settled in bulk';
  return 'never recorded';
}

/** The user's local day of an instant. */
const dayOf = (world: World, iso: string) => utcToLocal(iso, world.zone).slice(0, 10);

function recordOf(world: World, cadence: Cadence, occurrence: string, outcome: OccurrenceRecord['outcome'], at: string, extra: Partial<OccurrenceRecord> = {}): void {
  const existing = world.snapshot.occurrences.findIndex((r) => !r.deletedAt && r.cadenceId === cadence.id && Date.parse(r.occurrence) === Date.parse(occurrence));
  const record: OccurrenceRecord = {
    id: newId(world, 'occurrence'),
    ...stamp(at),
    partnershipId: cadence.partnershipId,
    cadenceId: cadence.id,
    occurrence,
    outcome,
    note: '',
    ...extra,
  };
  // The latest record of an occurrence wins; the repository replaces it.
  if (existing >= 0) world.snapshot.occurrences[existing] = { ...record, id: world.snapshot.occurrences[existing]!.id };
  else world.snapshot.occurrences.push(record);
  world.dirty.add(cadence.partnershipId);
}

/** Holds an occurrence as the meeting log does: a linked touchpoint and a held record; sometimes a follow-up. */
function hold(world: World, cadence: Cadence, occurrence: string, heldOn: string, at: string): void {
  const touchpoint: Touchpoint = {
    id: newId<TouchpointId>(world, 'touchpoint'),
    ...stamp(at),
    partnershipId: cadence.partnershipId,
    kind: 'meeting',
    occurredOn: heldOn,
    title: cadence.name,
    attendeeIds: [],
    summary: '',
    internalNotes: '',
    cadenceId: cadence.id,
    occurrence,
  };
  world.snapshot.touchpoints.push(touchpoint);
  recordOf(world, cadence, occurrence, 'held', at, { touchpointId: touchpoint.id });
  followUp(world, cadence.partnershipId, `${cadence.id}|${occurrence}`, heldOn, at);
}

const SIDES: readonly OwedBy[] = ['us', 'partner', 'joint'];

function followUp(world: World, partnershipId: string, source: string, day: string, at: string): void {
  const u = chance(world.seed, 'follow-up', source);
  if (u >= 0.35) return;
  const commitment: Commitment = {
    id: newId<CommitmentId>(world, 'commitment'),
    ...stamp(at),
    partnershipId,
    title: `Follow-up ${world.created}`,
    detail: '',
    owedBy: SIDES[pick(chance(world.seed, 'side', source), 0, 2)] ?? 'us',
    ownerId: '',
    dueOn: addDays(day, pick(chance(world.seed, 'due', source), 3, 40)),
    status: 'open',
    source: 'touchpoint',
    sourceId: '',
  };
  world.snapshot.commitments.push(commitment);
  world.dirty.add(partnershipId);
}

export interface UserMemory {
  /** Occurrences already looked at, by `cadenceId|instant`. */
  readonly seen: Set<string>;
  /** Actions waiting for their day. */
  readonly todo: { readonly onDay: string; readonly key: string; readonly act: (at: string, today: string) => void }[];
  /** Instants up to which planned occurrences were looked at, by cadence. */
  readonly scannedTo: Map<string, string>;
}

export function newMemory(): UserMemory {
  return { seen: new Set(), todo: [], scannedTo: new Map() };
}

/** Decides what becomes of occurrences that start within the next three days (moves are made ahead). */
function planMeetings(world: World, memory: UserMemory, at: string, runStart: string): void {
  const live = workedOn(world);
  const horizon = new Date(Date.parse(at) + 3 * DAY_MS).toISOString();
  for (const cadence of world.snapshot.cadences) {
    if (!isActiveFixed(cadence) || !live.has(cadence.partnershipId)) continue;
    const from = memory.scannedTo.get(cadence.id) ?? new Date(Date.parse(runStart) - 30 * DAY_MS).toISOString();
    memory.scannedTo.set(cadence.id, horizon);
    for (const occurrence of plannedOccurrences(cadence, from, horizon, world.truth)) planOccurrence(world, memory, cadence, occurrence, at);
  }
}

function isRecorded(world: World, cadence: Cadence, occurrence: string): boolean {
  const ms = Date.parse(occurrence);
  return world.snapshot.occurrences.some((r) => !r.deletedAt && r.cadenceId === cadence.id && Date.parse(r.occurrence) === ms);
}

function planOccurrence(world: World, memory: UserMemory, cadence: Cadence, occurrence: string, at: string): void {
  const key = `${cadence.id}|${occurrence}`;
  if (memory.seen.has(key)) return;
  memory.seen.add(key);
  if (isRecorded(world, cadence, occurrence)) return;
  const fate = fateOf(world.seed, cadence.id, occurrence);
  const day = dayOf(world, occurrence);
  const endMs = Date.parse(occurrence) + cadence.durationMinutes * MINUTE_MS;
  const later = (from: number, to: number) => addDays(day, pick(chance(world.seed, 'delay', key), from, to));
  const isPast = endMs <= Date.parse(at);
  const holdOn = (onDay: string, heldOn: string): void => {
    memory.todo.push({ onDay, key, act: (now) => !isRecorded(world, cadence, occurrence) && hold(world, cadence, occurrence, heldOn, now) });
  };
  switch (fate) {
    case 'held':
      return holdOn(addDays(day, 1), day);
    case 'held late':
      return holdOn(later(4, 12), day);
    case 'settled in bulk':
      return holdOn(later(15, 40), day);
    case 'skipped':
      memory.todo.push({ onDay: isPast ? addDays(day, 1) : addDays(day, -1), key, act: (now) => !isRecorded(world, cadence, occurrence) && recordOf(world, cadence, occurrence, 'skipped', now) });
      return;
    case 'moved':
    case 'moved then held': {
      if (isPast) return holdOn(addDays(day, 1), day);
      const movedTo = new Date(Date.parse(occurrence) + DAY_MS + 2 * 60 * MINUTE_MS).toISOString();
      memory.todo.push({ onDay: addDays(day, -2), key, act: (now) => recordOf(world, cadence, occurrence, 'moved', now, { movedTo }) });
      if (fate === 'moved then held') {
        const heldOn = dayOf(world, movedTo);
        memory.todo.push({ onDay: addDays(heldOn, 1), key, act: (now) => hold(world, cadence, occurrence, heldOn, now) });
      }
      return;
    }
    case 'never recorded':
      return;
  }
}

/** Flexible cadences: held on a day they are due, about one morning in three. */
function holdFlexible(world: World, at: string, today: string): void {
  const live = workedOn(world);
  for (const cadence of world.snapshot.cadences) {
    if (cadence.deletedAt || cadence.status !== 'active' || cadence.mode !== 'flexible' || !live.has(cadence.partnershipId)) continue;
    if (cadence.start.slice(0, 10) > today) continue;
    const due = nextDue(cadence, world.snapshot.occurrences, world.snapshot.touchpoints, at, world.truth);
    if (!due || due.band === 'ok' || chance(world.seed, 'flexible', cadence.id, today) >= 0.35) continue;
    const touchpoint: Touchpoint = {
      id: newId<TouchpointId>(world, 'touchpoint'),
      ...stamp(at),
      partnershipId: cadence.partnershipId,
      kind: 'call',
      occurredOn: today,
      title: cadence.name,
      attendeeIds: [],
      summary: '',
      internalNotes: '',
      cadenceId: cadence.id,
      occurrence: '',
    };
    world.snapshot.touchpoints.push(touchpoint);
    world.dirty.add(cadence.partnershipId);
    followUp(world, cadence.partnershipId, `${cadence.id}|${today}`, today, at);
  }
}

/** Open commitments: most done on time, some late, a few dropped, some left open. */
function settleCommitments(world: World, at: string, today: string): void {
  const live = workedOn(world);
  world.snapshot.commitments.forEach((c, index) => {
    if (c.deletedAt || c.status !== 'open' || !live.has(c.partnershipId)) return;
    const u = chance(world.seed, 'commitment', c.id);
    const shift = pick(chance(world.seed, 'commitment-days', c.id), 1, 10);
    const created = c.createdAt.slice(0, 10);
    const plan: { on: string; status: 'done' | 'dropped' } | undefined =
      u < 0.55
        ? { on: [addDays(c.dueOn, -(shift % 4)), created].sort().at(-1) ?? c.dueOn, status: 'done' }
        : u < 0.75
          ? { on: addDays(c.dueOn, shift), status: 'done' }
          : u < 0.82
            ? { on: addDays(c.dueOn, 3), status: 'dropped' }
            : undefined;
    if (!plan || plan.on > today) return;
    // Done on the planned day when the app was open then, else the day it is recorded.
    const doneOn = daysBetween(plan.on, today) <= 1 ? plan.on : today;
    world.snapshot.commitments[index] = { ...c, status: plan.status, ...(plan.status === 'done' ? { doneOn } : {}), updatedAt: at };
    world.dirty.add(c.partnershipId);
  });
}

/** A health check of ours when none was scored for the interval, sometimes with the partner's. */
function scoreHealth(world: World, at: string, today: string): void {
  const live = workedOn(world);
  for (const partnershipId of live) {
    const checks = world.snapshot.healthChecks.filter((h) => !h.deletedAt && h.partnershipId === partnershipId);
    const last = checks.filter((h) => h.perspective === 'ours').reduce((latest, h) => (h.assessedOn > latest ? h.assessedOn : latest), '');
    if (last && daysBetween(last, today) < world.settings.healthCheckIntervalDays) continue;
    if (chance(world.seed, 'health', partnershipId, today) >= 0.25) continue;
    const template = checks[0];
    const score = pick(chance(world.seed, 'score', partnershipId, today), 2, 5);
    const scores = (template?.scores ?? [{ dimension: 'trust', score: 3, comment: '' }]).map((s) => ({ ...s, score, comment: '' }));
    const make = (perspective: HealthCheck['perspective']): HealthCheck => ({
      id: newId<HealthCheckId>(world, 'health'),
      ...stamp(at),
      partnershipId,
      assessedOn: today,
      perspective,
      respondent: '',
      scores,
      internalNotes: '',
    });
    world.snapshot.healthChecks.push(make('ours'));
    if (chance(world.seed, 'partner-health', partnershipId, today) < 0.5) world.snapshot.healthChecks.push(make('partner'));
    world.dirty.add(partnershipId);
  }
}

/** The notification centre: some reminders snoozed to tomorrow, some dismissed; the rest just read. */
function tendInbox(world: World, at: string): void {
  for (const row of inbox(world)) {
    if (row.readAt && Date.parse(row.readAt) >= Date.parse(row.deliveredAt ?? '')) continue;
    const u = chance(world.seed, 'inbox', row.key, row.deliveredAt ?? '');
    if (u < 0.08) world.ledger.set(row.key, { ...row, snoozedUntil: snoozeUntil('tomorrow', at, world.settings), readAt: at, updatedAt: at });
    else if (u < 0.18) world.ledger.set(row.key, { ...row, dismissedAt: at, updatedAt: at });
    else world.ledger.set(row.key, { ...row, readAt: at, updatedAt: at });
  }
}

/** New cadences during the run: a flexible one and a weekly one that start weeks after they are entered. */
function addCadencesLater(world: World, at: string, today: string, runStart: string): void {
  if (daysBetween(runStart, today) !== 20) return;
  const partnership = livePartnerships(world).find((p) => p.status === 'active');
  const template = world.snapshot.cadences.find((c) => c.partnershipId === partnership?.id);
  if (!partnership || !template) return;
  const startsOn = addDays(today, 30);
  const base = { ...template, ...stamp(at), participantIds: [], agendaTemplate: '', status: 'active' as const };
  world.snapshot.cadences.push(
    { ...base, id: newId<CadenceId>(world, 'cadence'), name: 'Sponsor check-in (new)', kind: 'executive review', mode: 'flexible', rrule: '', start: `${startsOn}T10:00`, idealIntervalDays: 30, maxIntervalDays: 45 },
    { ...base, id: newId<CadenceId>(world, 'cadence'), name: 'Launch stand-up (new)', kind: 'ops sync', mode: 'fixed', rrule: 'FREQ=WEEKLY;BYDAY=TU', start: `${startsOn}T16:00`, durationMinutes: 30, leadMinutes: 90 },
  );
  world.dirty.add(partnership.id);
}

/** Everything the user does on a morning the app is open. */
export function actInTheMorning(world: World, memory: UserMemory, at: string, today: string, runStart: string): void {
  addCadencesLater(world, at, today, runStart);
  planMeetings(world, memory, at, runStart);
  const ready = memory.todo.filter((t) => t.onDay <= today);
  memory.todo.splice(0, memory.todo.length, ...memory.todo.filter((t) => t.onDay > today));
  for (const t of ready) t.act(at, today);
  holdFlexible(world, at, today);
  settleCommitments(world, at, today);
  scoreHealth(world, at, today);
  tendInbox(world, at);
}
