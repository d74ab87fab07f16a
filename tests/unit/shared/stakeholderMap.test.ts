import { describe, expect, it } from 'vitest';
import type { AllianceRole, Side } from '@shared/domain';
import {
  byInfluence,
  cellGap,
  contactParts,
  describeGap,
  groupBySide,
  mapCells,
  stakeholderGaps,
  summariseGaps,
} from '@shared/stakeholderMap';

interface Person {
  readonly name: string;
  readonly side: Side;
  readonly roles: readonly AllianceRole[];
  readonly deletedAt?: string;
}

const person = (name: string, side: Side, role: AllianceRole, deletedAt?: string): Person => ({ name, side, roles: [role], deletedAt });
const multi = (name: string, side: Side, roles: readonly AllianceRole[]): Person => ({ name, side, roles });

const fullSide = (side: Side): Person[] => [
  person(`${side} sponsor`, side, 'sponsor'),
  person(`${side} decider`, side, 'decision maker'),
  person(`${side} lead`, side, 'day-to-day lead'),
];

describe('byInfluence', () => {
  it('puts the most influential role first, then orders by name', () => {
    const people = [
      person('Zoe', 'us', 'contributor'),
      person('Bea', 'us', 'influencer'),
      person('Al', 'us', 'influencer'),
      person('Max', 'us', 'sponsor'),
      person('Kim', 'us', 'day-to-day lead'),
      person('Lee', 'us', 'decision maker'),
    ];
    expect([...people].sort(byInfluence).map((p) => p.name)).toEqual(['Max', 'Lee', 'Al', 'Bea', 'Kim', 'Zoe']);
  });
});

describe('byInfluence with several roles', () => {
  it('ranks a person by their most influential role, whatever order they were chosen in', () => {
    const people = [multi('Ada', 'us', ['contributor', 'decision maker']), person('Bo', 'us', 'sponsor'), person('Cy', 'us', 'influencer'), multi('Di', 'us', ['day-to-day lead', 'influencer'])];
    expect([...people].sort(byInfluence).map((p) => p.name)).toEqual(['Bo', 'Ada', 'Cy', 'Di']);
  });
});

describe('groupBySide', () => {
  it('splits people by side, most influential first, leaving deleted people out', () => {
    const groups = groupBySide([
      person('Pat', 'partner', 'contributor'),
      person('Una', 'us', 'day-to-day lead'),
      person('Gone', 'us', 'sponsor', '2027-01-01T00:00:00.000Z'),
      person('Pia', 'partner', 'sponsor'),
    ]);
    expect(groups.us.map((p) => p.name)).toEqual(['Una']);
    expect(groups.partner.map((p) => p.name)).toEqual(['Pia', 'Pat']);
  });
});

describe('mapCells', () => {
  it('places each live person in the cell of their role and side, by name', () => {
    const cells = mapCells([
      person('Yan', 'us', 'sponsor'),
      person('Ann', 'us', 'sponsor'),
      person('Pia', 'partner', 'day-to-day lead'),
      person('Gone', 'partner', 'sponsor', '2027-01-01T00:00:00.000Z'),
    ]);
    expect(cells.sponsor.us.map((p) => p.name)).toEqual(['Ann', 'Yan']);
    expect(cells.sponsor.partner).toEqual([]);
    expect(cells['day-to-day lead'].partner.map((p) => p.name)).toEqual(['Pia']);
    expect(Object.keys(cells)).toEqual(['sponsor', 'decision maker', 'influencer', 'day-to-day lead', 'contributor']);
  });
});

describe('mapCells with several roles', () => {
  it('places a person with two roles in both cells of their side, and nowhere else', () => {
    const vp = multi('Vera', 'partner', ['sponsor', 'decision maker']);
    const cells = mapCells([vp, person('Lin', 'partner', 'day-to-day lead')]);
    expect(cells.sponsor.partner).toEqual([vp]);
    expect(cells['decision maker'].partner).toEqual([vp]);
    expect(cells.influencer.partner).toEqual([]);
    expect(cells.sponsor.us).toEqual([]);
  });
});

describe('stakeholderGaps with several roles', () => {
  it('does not warn "No decision maker" when the sponsor can also decide', () => {
    const people = [...fullSide('us'), multi('Vera', 'partner', ['sponsor', 'decision maker']), person('Lin', 'partner', 'day-to-day lead')];
    expect(stakeholderGaps(people)).toEqual([]);
  });

  it('counts every role of each person, and only the key roles', () => {
    // Ours: one sponsor who also runs the work, an influencer who is also a contributor.
    // Partner's: one person who is decision maker and contributor.
    const people = [multi('Sam', 'us', ['sponsor', 'day-to-day lead']), multi('Ivo', 'us', ['influencer', 'contributor']), multi('Pam', 'partner', ['contributor', 'decision maker'])];
    expect(stakeholderGaps(people)).toEqual([
      { kind: 'missing role', side: 'us', role: 'decision maker' },
      { kind: 'missing role', side: 'partner', role: 'sponsor' },
      { kind: 'missing role', side: 'partner', role: 'day-to-day lead' },
      { kind: 'single-threaded', side: 'partner', person: 'Pam' },
    ]);
  });

  it('still calls a side single-threaded when its one person holds every key role', () => {
    const people = [...fullSide('us'), multi('Solo', 'partner', ['sponsor', 'decision maker', 'day-to-day lead'])];
    expect(stakeholderGaps(people)).toEqual([{ kind: 'single-threaded', side: 'partner', person: 'Solo' }]);
  });

  it('ignores the roles of a deleted person', () => {
    const gone = { ...multi('Gone', 'partner', ['sponsor', 'decision maker']), deletedAt: '2027-01-01T00:00:00.000Z' };
    const people = [...fullSide('us'), gone, person('Lin', 'partner', 'day-to-day lead'), person('Pat', 'partner', 'influencer')];
    expect(stakeholderGaps(people)).toEqual([
      { kind: 'missing role', side: 'partner', role: 'sponsor' },
      { kind: 'missing role', side: 'partner', role: 'decision maker' },
    ]);
  });
});

describe('stakeholderGaps', () => {
  it('finds no gap when both sides have every key role and more than one person', () => {
    expect(stakeholderGaps([...fullSide('us'), ...fullSide('partner')])).toEqual([]);
  });

  it('names each missing key role per side', () => {
    const people = [...fullSide('us'), person('Pia', 'partner', 'day-to-day lead'), person('Pat', 'partner', 'influencer')];
    expect(stakeholderGaps(people)).toEqual([
      { kind: 'missing role', side: 'partner', role: 'sponsor' },
      { kind: 'missing role', side: 'partner', role: 'decision maker' },
    ]);
  });

  it('does not count influencers or contributors as key roles', () => {
    const people = [...fullSide('us'), ...fullSide('partner')].filter((p) => !p.roles.includes('decision maker'));
    const gaps = stakeholderGaps([...people, person('I', 'us', 'influencer'), person('C', 'partner', 'contributor')]);
    expect(gaps.map((g) => (g.kind === 'missing role' ? `${g.side} ${g.role}` : g.kind))).toEqual(['us decision maker', 'partner decision maker']);
  });

  it('flags a side that runs through a single person', () => {
    const gaps = stakeholderGaps([...fullSide('us'), person('Pia', 'partner', 'sponsor')]);
    expect(gaps).toContainEqual({ kind: 'single-threaded', side: 'partner', person: 'Pia' });
    expect(gaps.filter((g) => g.kind === 'single-threaded')).toHaveLength(1);
  });

  it('reports an empty side with its missing roles, ignoring deleted people', () => {
    const gaps = stakeholderGaps([...fullSide('partner'), person('Gone', 'us', 'sponsor', '2027-01-01T00:00:00.000Z')]);
    expect(gaps).toEqual([
      { kind: 'unmapped side', side: 'us' },
      { kind: 'missing role', side: 'us', role: 'sponsor' },
      { kind: 'missing role', side: 'us', role: 'decision maker' },
      { kind: 'missing role', side: 'us', role: 'day-to-day lead' },
    ]);
  });
});

describe('summariseGaps', () => {
  it('folds the missing roles of an empty side into one gap and keeps the rest', () => {
    const gaps = stakeholderGaps([person('Pia', 'partner', 'sponsor')]);
    expect(summariseGaps(gaps)).toEqual([
      { kind: 'unmapped side', side: 'us' },
      { kind: 'missing role', side: 'partner', role: 'decision maker' },
      { kind: 'missing role', side: 'partner', role: 'day-to-day lead' },
      { kind: 'single-threaded', side: 'partner', person: 'Pia' },
    ]);
  });
});

describe('cellGap', () => {
  it('finds the missing-role gap of one cell only', () => {
    const gaps = stakeholderGaps([person('Pia', 'partner', 'day-to-day lead')]);
    expect(cellGap(gaps, 'partner', 'sponsor')).toEqual({ kind: 'missing role', side: 'partner', role: 'sponsor' });
    expect(cellGap(gaps, 'partner', 'day-to-day lead')).toBeUndefined();
    expect(cellGap(gaps, 'partner', 'influencer')).toBeUndefined();
  });
});

describe('describeGap', () => {
  it('says which role is missing on which side', () => {
    expect(describeGap({ kind: 'missing role', side: 'partner', role: 'sponsor' }).title).toBe('No sponsor on the partner side');
    expect(describeGap({ kind: 'missing role', side: 'us', role: 'day-to-day lead' }).title).toBe('No day-to-day lead on our side');
  });

  it('names the one person a single-threaded side depends on', () => {
    const text = describeGap({ kind: 'single-threaded', side: 'us', person: 'Una Lee' });
    expect(text.title).toBe('Single-threaded on our side');
    expect(text.why).toContain('Una Lee');
  });

  it('explains every gap', () => {
    for (const gap of stakeholderGaps([])) expect(describeGap(gap).why).not.toBe('');
  });
});

describe('contactParts', () => {
  it('turns an email into a mailto link and keeps the rest as text', () => {
    expect(contactParts('jane@acme.com, +44 20 7946 0000')).toEqual([
      { text: 'jane@acme.com', href: 'mailto:jane@acme.com' },
      { text: ', +44 20 7946 0000' },
    ]);
  });

  it('links https addresses without trailing punctuation', () => {
    expect(contactParts('See https://acme.example/team.')).toEqual([
      { text: 'See ' },
      { text: 'https://acme.example/team', href: 'https://acme.example/team' },
      { text: '.' },
    ]);
  });

  it('leaves phone numbers, plain http and other schemes as text', () => {
    expect(contactParts('+1 555 0100')).toEqual([{ text: '+1 555 0100' }]);
    expect(contactParts('http://acme.example')).toEqual([{ text: 'http://acme.example' }]);
    expect(contactParts('javascript:alert(1)')).toEqual([{ text: 'javascript:alert(1)' }]);
  });

  it('returns nothing for an empty contact', () => {
    expect(contactParts('')).toEqual([]);
  });
});
