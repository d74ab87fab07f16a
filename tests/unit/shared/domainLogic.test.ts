import { describe, expect, it } from 'vitest';
import { describeChange } from '@shared/changes';
import { addDays, dayInZone, daysBetween, formatDayText } from '@shared/dates';
import type { Partnership, PartnershipId } from '@shared/domain';
import { createIdGenerator } from '@shared/domain';
import { filterPartnerships, sortPartnerships, tagsInUse } from '@shared/portfolio';
import { isSafeExternalUrl } from '@shared/urls';

function partnership(overrides: Partial<Partnership> & { name: string }): Partnership {
  return {
    id: overrides.name.toLowerCase().replace(/\W+/g, '-') as PartnershipId,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    partnerOrg: 'Org',
    type: 'technology',
    status: 'active',
    owner: '',
    tags: [],
    ...overrides,
  };
}

describe('newId', () => {
  it('makes RFC 9562 version 7 ids that are unique and sort in the order they were made', () => {
    const newId = createIdGenerator(() => Date.parse('2027-01-14T09:00:00Z'));
    const ids = Array.from({ length: 10_000 }, () => newId());
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});

describe('calendar days', () => {
  it('finds the day an instant falls on in a zone, whatever the machine TZ', () => {
    const instant = new Date('2027-01-14T23:30:00Z');
    expect(dayInZone(instant, 'UTC')).toBe('2027-01-14');
    expect(dayInZone(instant, 'Europe/Berlin')).toBe('2027-01-15');
    expect(dayInZone(instant, 'America/Los_Angeles')).toBe('2027-01-14');
  });

  it('counts and adds days across month, year and DST boundaries', () => {
    expect(daysBetween('2027-03-01', '2027-04-01')).toBe(31);
    expect(daysBetween('2027-12-31', '2027-01-01')).toBe(-364);
    expect(addDays('2027-03-27', 2)).toBe('2027-03-29');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('writes a day as text without a locale or a zone', () => {
    expect(formatDayText('2027-01-09')).toBe('9 Jan 2027');
    expect(formatDayText('2026-12-31')).toBe('31 Dec 2026');
  });
});

describe('describeChange', () => {
  it('lists short before → after values and names long ones', () => {
    const before = { name: 'Acme', status: 'active', tags: ['a'], notes: 'x'.repeat(100), updatedAt: '1' };
    const after = { name: 'Acme', status: 'at risk', tags: ['a', 'b'], notes: 'y'.repeat(100), updatedAt: '2' };
    expect(describeChange(before, after)).toBe('status: active → at risk; tags changed; notes changed');
  });

  it('says when nothing changed', () => {
    expect(describeChange({ a: 1, updatedAt: '1' }, { a: 1, updatedAt: '2' })).toBe('No changes');
  });
});

describe('portfolio filter and sort', () => {
  const list = [
    partnership({ name: 'Zeta reseller', type: 'reseller', status: 'paused', termEndsOn: '2027-05-01', tags: ['emea'] }),
    partnership({ name: 'Alpha tech', status: 'at risk', owner: 'Dana' }),
    partnership({ name: 'Mid co-sell', type: 'co-sell', termEndsOn: '2027-02-01' }),
  ];

  it('matches every word of the query across name, partner, owner and tags', () => {
    expect(filterPartnerships(list, { query: 'dana alpha', status: 'all', type: 'all', tag: 'all' }).map((p) => p.name)).toEqual(['Alpha tech']);
    expect(filterPartnerships(list, { query: 'EMEA', status: 'all', type: 'all', tag: 'all' }).map((p) => p.name)).toEqual(['Zeta reseller']);
    expect(filterPartnerships(list, { query: '', status: 'all', type: 'co-sell', tag: 'all' }).map((p) => p.name)).toEqual(['Mid co-sell']);
  });

  it('filters by tag and keeps partnerships whose records matched the query', () => {
    expect(filterPartnerships(list, { query: '', status: 'all', type: 'all', tag: 'emea' }).map((p) => p.name)).toEqual(['Zeta reseller']);
    const viaRecords = filterPartnerships(list, { query: 'webinar', status: 'all', type: 'all', tag: 'all' }, new Set(['mid-co-sell']));
    expect(viaRecords.map((p) => p.name)).toEqual(['Mid co-sell']);
    expect(tagsInUse([...list, partnership({ name: 'X', tags: ['apac', 'emea'] })])).toEqual(['apac', 'emea']);
  });

  it('sorts by renewal with undated last, and by status with at-risk first', () => {
    expect(sortPartnerships(list, 'renewal').map((p) => p.name)).toEqual(['Mid co-sell', 'Zeta reseller', 'Alpha tech']);
    expect(sortPartnerships(list, 'status').map((p) => p.name)).toEqual(['Alpha tech', 'Mid co-sell', 'Zeta reseller']);
  });

  it('sorts by won this year or open pipeline, the highest first and those without opportunities last', () => {
    const [alpha, mid] = [list.find((p) => p.name === 'Alpha tech')!, list.find((p) => p.name === 'Mid co-sell')!];
    const figures = new Map([
      [alpha.id, { won: 10, pipeline: 500 }],
      [mid.id, { won: 300, pipeline: 0 }],
    ]);
    expect(sortPartnerships(list, 'won', figures).map((p) => p.name)).toEqual(['Mid co-sell', 'Alpha tech', 'Zeta reseller']);
    expect(sortPartnerships(list, 'pipeline', figures).map((p) => p.name)).toEqual(['Alpha tech', 'Mid co-sell', 'Zeta reseller']);
  });
});

describe('external links', () => {
  it('lets only https and mailto out', () => {
    expect(isSafeExternalUrl('https://example.com/x')).toBe(true);
    expect(isSafeExternalUrl('mailto:dana@example.com')).toBe(true);
    for (const bad of ['http://example.com', 'javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'https://u:p@example.com', 'nonsense', 42]) {
      expect(isSafeExternalUrl(bad)).toBe(false);
    }
  });
});
