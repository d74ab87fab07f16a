import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '@shared/dates';
import type { HealthCheck, PortfolioSnapshot } from '@shared/domain';
import {
  activitySchema,
  cadenceSchema,
  commitmentSchema,
  countRecords,
  decisionSchema,
  goalMeasurementSchema,
  healthCheckSchema,
  intentVersionSchema,
  occurrenceRecordSchema,
  opportunitySchema,
  partnershipSchema,
  stakeholderSchema,
  touchpointSchema,
  valueEventSchema,
} from '@shared/domain';
import { expandOccurrences } from '@shared/recurrence';
import { GENERATED_AT_UTC_TIME, SCALES, generatePortfolio, samplePortfolio } from '@shared/sample/portfolioGenerator';

const TODAY = '2027-01-14';
const NOW = `${TODAY}T${GENERATED_AT_UTC_TIME}Z`;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const sample = samplePortfolio(TODAY);
const oneX = generatePortfolio({ ...SCALES['1x'], today: TODAY });

const SCHEMAS = {
  partnerships: partnershipSchema,
  intentVersions: intentVersionSchema,
  stakeholders: stakeholderSchema,
  cadences: cadenceSchema,
  occurrences: occurrenceRecordSchema,
  touchpoints: touchpointSchema,
  decisions: decisionSchema,
  commitments: commitmentSchema,
  healthChecks: healthCheckSchema,
  goalMeasurements: goalMeasurementSchema,
  opportunities: opportunitySchema,
  valueEvents: valueEventSchema,
  activity: activitySchema,
} as const;

function byId<T extends { readonly id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((r) => [r.id, r]));
}

function expectSchemasParse(snapshot: PortfolioSnapshot): void {
  for (const [table, schema] of Object.entries(SCHEMAS)) {
    for (const record of snapshot[table as keyof PortfolioSnapshot]) {
      expect(() => schema.parse(record), `${table} ${record.id}`).not.toThrow();
    }
  }
}

function expectValidEnvelopes(snapshot: PortfolioSnapshot): void {
  const { activity, ...tables } = snapshot;
  const ids = new Set<string>();
  for (const records of Object.values(tables)) {
    for (const r of records) {
      expect(ids.has(r.id), `duplicate id ${r.id}`).toBe(false);
      ids.add(r.id);
      expect(r.createdAt).toMatch(INSTANT);
      expect(r.updatedAt).toMatch(INSTANT);
      expect(r.createdAt <= r.updatedAt, `${r.id} created after updated`).toBe(true);
      expect(r.updatedAt <= NOW, `${r.id} updated in the future`).toBe(true);
      expect(r.deletedAt).toBeUndefined();
    }
  }
  for (const entry of activity) {
    expect(entry.at).toMatch(INSTANT);
    expect(entry.at <= NOW).toBe(true);
    expect(ids.has(entry.entityId), `activity for a missing record ${entry.entityId}`).toBe(true);
  }
}

/** Every reference points at a record of the same partnership. */
function expectConsistentReferences(s: PortfolioSnapshot): void {
  const partnerships = byId(s.partnerships);
  const stakeholders = byId(s.stakeholders);
  const cadences = byId(s.cadences);
  const touchpoints = byId(s.touchpoints);
  const sameOwner = (map: Map<string, { readonly partnershipId: string }>, id: string, partnershipId: string, what: string) =>
    expect(map.get(id)?.partnershipId, `${what} ${id}`).toBe(partnershipId);
  const { partnerships: _own, activity, ...children } = s;
  for (const records of Object.values(children)) for (const r of records) expect(partnerships.has(r.partnershipId)).toBe(true);
  for (const c of s.cadences) for (const id of c.participantIds) sameOwner(stakeholders, id, c.partnershipId, 'participant');
  for (const t of s.touchpoints) {
    for (const id of t.attendeeIds) sameOwner(stakeholders, id, t.partnershipId, 'attendee');
    if (t.cadenceId) sameOwner(cadences, t.cadenceId, t.partnershipId, 'cadence');
    if (t.occurrence) expect(cadences.get(t.cadenceId)?.mode).toBe('fixed');
  }
  const seen = new Set<string>();
  for (const o of s.occurrences) {
    sameOwner(cadences, o.cadenceId, o.partnershipId, 'occurrence cadence');
    expect(seen.has(`${o.cadenceId}|${o.occurrence}`), 'one record per occurrence').toBe(false);
    seen.add(`${o.cadenceId}|${o.occurrence}`);
    if (o.touchpointId) expect(touchpoints.get(o.touchpointId)).toMatchObject({ cadenceId: o.cadenceId, occurrence: o.occurrence, partnershipId: o.partnershipId });
    if (o.outcome === 'held') expect(o.touchpointId).toBeTruthy();
  }
  for (const d of s.decisions) if (d.touchpointId) sameOwner(touchpoints, d.touchpointId, d.partnershipId, 'decision touchpoint');
  const sources = { touchpoint: touchpoints, 'intent goal': byId(s.intentVersions), 'health check action': byId(s.healthChecks) };
  for (const c of s.commitments) {
    sameOwner(stakeholders, c.ownerId, c.partnershipId, 'owner');
    if (c.source === 'manual') expect(c.sourceId).toBe('');
    else sameOwner(sources[c.source], c.sourceId, c.partnershipId, `${c.source} source`);
    if (c.status === 'done') expect(c.doneOn && c.doneOn <= TODAY && c.doneOn >= c.createdAt.slice(0, 10)).toBe(true);
  }
  // A measurement names a goal of its own partnership's charter; external ids are unique per partnership.
  const goals = new Set(s.intentVersions.flatMap((v) => v.goals.map((g) => `${v.partnershipId}|${g.id}`)));
  for (const m of s.goalMeasurements) expect(goals.has(`${m.partnershipId}|${m.goalId}`), `measurement ${m.id}`).toBe(true);
  const externalIds = s.opportunities.map((o) => `${o.partnershipId}|${o.externalId}`);
  expect(new Set(externalIds).size).toBe(externalIds.length);
  const records = new Map(Object.values(children).flatMap((rs: readonly { id: string; partnershipId: string }[]) => rs.map((r) => [r.id, r.partnershipId] as const)));
  for (const p of s.partnerships) records.set(p.id, p.id);
  for (const a of activity) expect(records.get(a.entityId)).toBe(a.partnershipId);
}

function expectCoherentIntent(s: PortfolioSnapshot): void {
  for (const p of s.partnerships) {
    const versions = s.intentVersions.filter((v) => v.partnershipId === p.id).sort((a, b) => a.version - b.version);
    expect(versions.length).toBeGreaterThanOrEqual(1);
    expect(versions.length).toBeLessThanOrEqual(3);
    expect(versions.map((v) => v.version)).toEqual(versions.map((_, i) => i + 1));
    expect(versions.filter((v) => v.status === 'agreed').length).toBeLessThanOrEqual(1);
    for (const v of versions) {
      expect(v.status === 'draft').toBe(!v.agreement);
      expect(v.goals.length).toBeGreaterThanOrEqual(2);
      expect(v.goals.length).toBeLessThanOrEqual(4);
    }
  }
}

const overall = (h: HealthCheck) => h.scores.reduce((sum, s) => sum + s.score, 0) / h.scores.length;

function checksOf(s: PortfolioSnapshot, partnershipId: string, perspective: HealthCheck['perspective']): HealthCheck[] {
  return s.healthChecks.filter((h) => h.partnershipId === partnershipId && h.perspective === perspective).sort((a, b) => a.assessedOn.localeCompare(b.assessedOn));
}

/** Names of partnerships matching a predicate, so a failure says which one is missing. */
function partnershipsWhere(s: PortfolioSnapshot, predicate: (id: string) => boolean): string[] {
  return s.partnerships.filter((p) => predicate(p.id)).map((p) => p.name);
}

describe('generatePortfolio', () => {
  it('gives byte-identical output for the same options and different output for another seed', () => {
    const again = generatePortfolio({ ...SCALES['1x'], today: TODAY });
    expect(JSON.stringify(again)).toBe(JSON.stringify(oneX));
    expect(JSON.stringify(samplePortfolio(TODAY))).toBe(JSON.stringify(sample));
    const other = generatePortfolio({ ...SCALES['1x'], seed: SCALES['1x'].seed + 1, today: TODAY });
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(oneX));
  });

  it('writes records that parse with their schemas, at the sample and at 1x', () => {
    expectSchemasParse(sample);
    expectSchemasParse(oneX);
  });

  it('keeps envelopes valid: unique ids, ISO instants with milliseconds, created ≤ updated ≤ today', () => {
    expectValidEnvelopes(sample);
    expectValidEnvelopes(oneX);
  });

  it('keeps every reference inside its own partnership', () => {
    expectConsistentReferences(sample);
    expectConsistentReferences(oneX);
  });

  it('versions the intent coherently: numbered, one agreed at most, drafts unagreed', () => {
    expectCoherentIntent(sample);
    expectCoherentIntent(oneX);
  });

  it('fills every placeholder in the generated text', () => {
    expect(JSON.stringify(sample)).not.toMatch(/\{(partner|territory|ourLead|theirLead|n)\}/);
    expect(JSON.stringify(oneX)).not.toMatch(/\{(partner|territory|ourLead|theirLead|n)\}/);
  });

  it('has one create entry in the activity log per record', () => {
    const { activity, ...tables } = oneX;
    const creates = activity.filter((a) => a.action === 'create');
    expect(creates.length).toBe(Object.values(tables).reduce((n, records) => n + records.length, 0));
  });

  // Since schema version 9 each scale also holds its pipeline and goals' actuals (and their log entries).
  it('sizes the 1x and 10x scales near 1k and 10k records', () => {
    expect(countRecords(oneX)).toBeGreaterThanOrEqual(700);
    expect(countRecords(oneX)).toBeLessThanOrEqual(2_000);
    const tenX = countRecords(generatePortfolio({ ...SCALES['10x'], today: TODAY }));
    expect(tenX).toBeGreaterThanOrEqual(7_000);
    expect(tenX).toBeLessThanOrEqual(18_000);
  });

  it('sizes the 100x scale near 100k records, 200 partnerships over five years', { timeout: 60_000 }, () => {
    const hundredX = generatePortfolio({ ...SCALES['100x'], today: TODAY });
    expect(hundredX.partnerships).toHaveLength(200);
    expect(countRecords(hundredX)).toBeGreaterThanOrEqual(70_000);
    expect(countRecords(hundredX)).toBeLessThanOrEqual(200_000);
    // Issue 16: about 20k opportunities and 10k goal measurements.
    expect(hundredX.opportunities.length).toBeGreaterThanOrEqual(17_000);
    expect(hundredX.opportunities.length).toBeLessThanOrEqual(23_000);
    expect(hundredX.goalMeasurements.length).toBeGreaterThanOrEqual(8_500);
    expect(hundredX.goalMeasurements.length).toBeLessThanOrEqual(12_000);
    const statuses = new Set(hundredX.partnerships.map((p) => p.status));
    expect([...statuses].sort()).toEqual(['active', 'at risk', 'ended', 'paused']);
    expect(hundredX.partnerships.every((p) => !p.signedOn || p.signedOn < TODAY)).toBe(true);
  });

  it('rejects a today that is not a day', () => {
    expect(() => generatePortfolio({ seed: 1, today: '14/01/2027', partnerships: 1, yearsOfHistory: 1 })).toThrow(/yyyy-MM-dd/);
  });
});

describe('samplePortfolio', () => {
  const isOverdueOpen = (owedBy: string) => (id: string) => sample.commitments.some((c) => c.partnershipId === id && c.owedBy === owedBy && c.status === 'open' && c.dueOn < TODAY);

  it('mixes types and statuses across about six partnerships', () => {
    expect(sample.partnerships.length).toBeGreaterThanOrEqual(6);
    expect(new Set(sample.partnerships.map((p) => p.type)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(sample.partnerships.map((p) => p.status)).size).toBeGreaterThanOrEqual(3);
  });

  it('has an overdue open commitment owed by us and one owed by the partner', () => {
    expect(partnershipsWhere(sample, isOverdueOpen('us'))).not.toEqual([]);
    expect(partnershipsWhere(sample, isOverdueOpen('partner'))).not.toEqual([]);
  });

  it('has a renewal within 90 days', () => {
    const renewing = sample.partnerships.filter((p) => p.status !== 'ended' && p.termEndsOn && daysBetween(TODAY, p.termEndsOn) >= 0 && daysBetween(TODAY, p.termEndsOn) <= 90);
    expect(renewing.map((p) => p.name)).toEqual(['Brandt & Vogel reseller — DACH']);
  });

  it('has a draft newer than the agreed intent, and a partnership never agreed', () => {
    const versionsOf = (id: string) => sample.intentVersions.filter((v) => v.partnershipId === id).sort((a, b) => a.version - b.version);
    const draftAfterAgreed = partnershipsWhere(sample, (id) => {
      const versions = versionsOf(id);
      return versions.at(-1)?.status === 'draft' && versions.some((v) => v.status === 'agreed');
    });
    expect(draftAfterAgreed).toEqual(['Lumen Analytics connector']);
    const neverAgreed = partnershipsWhere(sample, (id) => versionsOf(id).every((v) => !v.agreement));
    expect(neverAgreed).toEqual(['Kestrel Components supply agreement']);
  });

  it('has a health drop between our last two checks', () => {
    const dropped = partnershipsWhere(sample, (id) => {
      const ours = checksOf(sample, id, 'ours');
      const [previous, latest] = ours.slice(-2);
      return !!previous && !!latest && overall(previous) - overall(latest) >= 1;
    });
    expect(dropped).toEqual(['Brandt & Vogel reseller — DACH']);
  });

  it('has a perception gap of two or more between the latest checks of each side', () => {
    const gaps = partnershipsWhere(sample, (id) => {
      const ours = checksOf(sample, id, 'ours').at(-1);
      const theirs = checksOf(sample, id, 'partner').at(-1);
      return !!ours && !!theirs && ours.scores.some((s) => Math.abs(s.score - (theirs.scores.find((t) => t.dimension === s.dimension)?.score ?? s.score)) >= 2);
    });
    expect(gaps).toEqual(['Tidewater Insights joint venture']);
  });

  it('has a fixed cadence with recent occurrences never recorded, and a flexible one past its maximum', () => {
    const recorded = new Set(sample.occurrences.map((o) => `${o.cadenceId}|${o.occurrence}`));
    const missed = sample.cadences.filter((c) => {
      if (c.mode !== 'fixed' || c.status !== 'active') return false;
      const recent = expandOccurrences(c, `${addDays(TODAY, -21)}T00:00:00.000Z`, NOW);
      return recent.some((instant) => !recorded.has(`${c.id}|${instant}`));
    });
    expect(missed.map((c) => c.name)).toEqual(['Weekly ops sync']);
    const overdueFlexible = sample.cadences.filter((c) => {
      const held = sample.touchpoints.filter((t) => t.cadenceId === c.id).map((t) => t.occurredOn).sort();
      return c.mode === 'flexible' && c.status === 'active' && daysBetween(held.at(-1) ?? c.start.slice(0, 10), TODAY) > (c.maxIntervalDays ?? Infinity);
    });
    expect(overdueFlexible.map((c) => c.partnershipId)).toEqual(missed.map((c) => c.partnershipId));
  });

  it('writes every instant at or before noon UTC on today', () => {
    expect(sample.activity.every((a) => a.at <= NOW)).toBe(true);
    expect(sample.touchpoints.every((t) => t.occurredOn <= TODAY)).toBe(true);
  });
});
