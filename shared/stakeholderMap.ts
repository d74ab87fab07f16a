// The stakeholder map of one partnership: people on both sides placed by alliance role
// (ordered by influence), and the gaps that make a relationship fragile — a side with
// no sponsor, decision maker or day-to-day lead, or a side that runs through one person.
// A person holds one role or several, and counts in every one of them.
import type { AllianceRole, Side, Stakeholder } from './domain';
import { ALLIANCE_ROLES } from './domain';
import { isSafeExternalUrl } from './urls';

type Person = Pick<Stakeholder, 'side' | 'roles' | 'name' | 'deletedAt'>;

/** Columns of the map and groups of the list: our side first. */
export const SIDE_ORDER = ['us', 'partner'] as const satisfies readonly Side[];

/** Roles a healthy relationship needs filled on each side; a missing one is a gap. */
export const KEY_ROLES = ['sponsor', 'decision maker', 'day-to-day lead'] as const satisfies readonly AllianceRole[];

/** What each role means in an alliance, for row headers and form hints. */
export const ROLE_DESCRIPTIONS = {
  sponsor: 'Owns the partnership at executive level and protects its priority.',
  'decision maker': 'Can say yes: approves spend, scope and changes.',
  influencer: 'Shapes decisions without making them.',
  'day-to-day lead': 'Runs the work between meetings.',
  contributor: 'Delivers part of the work.',
} as const satisfies Record<AllianceRole, string>;

/** A person's rank is that of their most influential role. */
const influenceRank = (roles: readonly AllianceRole[]) => Math.min(...roles.map((role) => ALLIANCE_ROLES.indexOf(role)));
const isLive = (person: Person) => !person.deletedAt;

/** Most influential first (sponsor … contributor, by each one's highest role), then by name. */
export function byInfluence(a: Person, b: Person): number {
  return influenceRank(a.roles) - influenceRank(b.roles) || a.name.localeCompare(b.name);
}

/** Live people of each side, most influential first. */
export function groupBySide<P extends Person>(people: readonly P[]): Record<Side, P[]> {
  const groups: Record<Side, P[]> = { us: [], partner: [] };
  for (const person of people.filter(isLive)) groups[person.side].push(person);
  for (const side of SIDE_ORDER) groups[side].sort(byInfluence);
  return groups;
}

export type MapCells<P> = Record<AllianceRole, Record<Side, P[]>>;

/** The map's grid: one cell per role and side, each with its live people by name; someone with two roles is in both cells. */
export function mapCells<P extends Person>(people: readonly P[]): MapCells<P> {
  const cells: MapCells<P> = {
    sponsor: { us: [], partner: [] },
    'decision maker': { us: [], partner: [] },
    influencer: { us: [], partner: [] },
    'day-to-day lead': { us: [], partner: [] },
    contributor: { us: [], partner: [] },
  };
  const groups = groupBySide(people);
  for (const side of SIDE_ORDER) {
    for (const person of groups[side]) for (const role of person.roles) cells[role][side].push(person);
  }
  return cells;
}

export type StakeholderGap =
  | { readonly kind: 'unmapped side'; readonly side: Side }
  | { readonly kind: 'missing role'; readonly side: Side; readonly role: AllianceRole }
  | { readonly kind: 'single-threaded'; readonly side: Side; readonly person: string };

/**
 * Every gap, side by side (ours first): a side with nobody, each key role nobody on a
 * side holds, among all their roles (also for an empty side, so every empty key cell of
 * the map can say so), and a side that has exactly one person.
 */
export function stakeholderGaps(people: readonly Person[]): StakeholderGap[] {
  const groups = groupBySide(people);
  return SIDE_ORDER.flatMap((side) => {
    const onSide = groups[side];
    const gaps: StakeholderGap[] = [];
    if (onSide.length === 0) gaps.push({ kind: 'unmapped side', side });
    for (const role of KEY_ROLES) {
      if (!onSide.some((p) => p.roles.includes(role))) gaps.push({ kind: 'missing role', side, role });
    }
    const [only] = onSide;
    if (onSide.length === 1 && only) gaps.push({ kind: 'single-threaded', side, person: only.name });
    return gaps;
  });
}

/** Gaps worth listing once: an empty side is one gap, not one per missing role. */
export function summariseGaps(gaps: readonly StakeholderGap[]): StakeholderGap[] {
  const unmapped = new Set(gaps.filter((g) => g.kind === 'unmapped side').map((g) => g.side));
  return gaps.filter((g) => g.kind !== 'missing role' || !unmapped.has(g.side));
}

/** The missing-role gap for one cell of the map, if that cell is a gap. */
export function cellGap(gaps: readonly StakeholderGap[], side: Side, role: AllianceRole): StakeholderGap | undefined {
  return gaps.find((g) => g.kind === 'missing role' && g.side === side && g.role === role);
}

const SIDE_PHRASE = { us: 'on our side', partner: 'on the partner side' } as const satisfies Record<Side, string>;

const MISSING_ROLE_WHY = {
  sponsor: 'Without an executive who owns it, the partnership loses priority when budgets tighten.',
  'decision maker': 'Decisions stall while everyone waits for someone who can say yes.',
  'day-to-day lead': 'Nobody drives the work between meetings, so commitments drift.',
  influencer: '',
  contributor: '',
} as const satisfies Record<AllianceRole, string>;

/** A gap in words: a short title and why it matters. */
export function describeGap(gap: StakeholderGap): { readonly title: string; readonly why: string } {
  const where = SIDE_PHRASE[gap.side];
  switch (gap.kind) {
    case 'unmapped side':
      return { title: `Nobody mapped ${where}`, why: 'Add the people you work with, so you know who decides and who to call.' };
    case 'missing role':
      return { title: `No ${gap.role} ${where}`, why: MISSING_ROLE_WHY[gap.role] };
    case 'single-threaded':
      return {
        title: `Single-threaded ${where}`,
        why: `Everything runs through ${gap.person}; if they move on, the relationship goes with them.`,
      };
  }
}

export interface ContactPart {
  readonly text: string;
  /** A mailto: or https: address the OS may open, when this part is one. */
  readonly href?: string;
}

const LINKABLE = /(https:\/\/[^\s<>"]+[^\s<>".,;:!?)])|([^\s<>(),;:"'[\]]+@[^\s<>(),;:"'[\]]+\.[A-Za-z]{2,})/g;

/** A free-text contact split into plain text and openable links (emails and https addresses). */
export function contactParts(contact: string): ContactPart[] {
  const parts: ContactPart[] = [];
  let last = 0;
  for (const match of contact.matchAll(LINKABLE)) {
    const [found, url] = match;
    const href = url ? found : `mailto:${found}`;
    if (!isSafeExternalUrl(href)) continue;
    if (match.index > last) parts.push({ text: contact.slice(last, match.index) });
    parts.push({ text: found, href });
    last = match.index + found.length;
  }
  if (last < contact.length) parts.push({ text: contact.slice(last) });
  return parts;
}
