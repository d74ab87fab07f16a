// What an import checks its rows against: the partnerships, people and commitments
// already stored, looked up by name the way a person types them (trimmed, any case);
// opportunities by their CRM's external id, exactly as the CRM wrote it.
import type { Opportunity, Stage } from '../domain';

/** A stored opportunity, as a re-import compares and updates it. */
export type StoredOpportunity = Omit<Opportunity, 'id' | 'createdAt' | 'updatedAt'> & { readonly id: string; readonly createdAt: string; readonly updatedAt: string };

/** The stored records an import needs, deleted ones included (they carry deletedAt). */
export interface ImportReference {
  readonly partnerships: readonly { readonly id: string; readonly name: string; readonly partnerOrg: string; readonly deletedAt?: string }[];
  readonly stakeholders: readonly { readonly id: string; readonly partnershipId: string; readonly name: string; readonly deletedAt?: string }[];
  readonly commitments: readonly { readonly partnershipId: string; readonly title: string; readonly dueOn: string; readonly deletedAt?: string }[];
  /** Our organisation's name from Settings: a Side cell holding it means "us". */
  readonly organisationName: string;
  /** Opportunities: those stored (a re-import updates them by external id), the stage list and the reporting currency. */
  readonly opportunities?: readonly StoredOpportunity[];
  readonly stages?: readonly Stage[];
  readonly reportingCurrency?: string;
}

export type PartnershipRef = ImportReference['partnerships'][number];

/** Names compare trimmed, in any case, with runs of spaces as one. */
export function nameKey(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}

export const commitmentKey = (partnershipId: string, title: string, dueOn: string) => `${partnershipId}\u0000${nameKey(title)}\u0000${dueOn}`;
export const opportunityKey = (partnershipId: string, externalId: string) => `${partnershipId}\u0000${externalId.trim()}`;
export const stakeholderKey = (partnershipId: string, name: string) => `${partnershipId}\u0000${nameKey(name)}`;

export type Resolved = { readonly partnership: PartnershipRef } | { readonly error: string };

export interface Lookups {
  /** The partnership for every row, or the one a Partnership cell names. */
  resolvePartnership(fixedId: string | undefined, name: string): Resolved;
  /** The live stakeholder of a partnership with this name. */
  stakeholderId(partnershipId: string, name: string): string | undefined;
  /** Why a record with this key already exists, if it does. */
  existing(key: string): string | undefined;
  /** The live opportunity of a partnership with this external id. */
  opportunity(partnershipId: string, externalId: string): StoredOpportunity | undefined;
  readonly organisationName: string;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

function checkOpen(partnership: PartnershipRef): Resolved {
  return partnership.deletedAt
    ? { error: `The partnership “${partnership.name}” is archived: restore it before importing into it.` }
    : { partnership };
}

export function buildLookups(reference: ImportReference): Lookups {
  const byId = new Map(reference.partnerships.map((p) => [p.id, p]));
  const byName = groupBy(reference.partnerships, (p) => nameKey(p.name));
  const people = new Map(reference.stakeholders.filter((s) => !s.deletedAt).map((s) => [stakeholderKey(s.partnershipId, s.name), s.id]));
  const existing = new Map<string, string>();
  for (const p of reference.partnerships) {
    existing.set(`partnership\u0000${nameKey(p.name)}`, `A partnership named “${p.name}” already exists${p.deletedAt ? ' (archived)' : ''}.`);
  }
  for (const s of reference.stakeholders.filter((x) => !x.deletedAt)) {
    existing.set(stakeholderKey(s.partnershipId, s.name), `“${s.name}” is already a stakeholder of “${byId.get(s.partnershipId)?.name ?? 'this partnership'}”.`);
  }
  for (const c of reference.commitments.filter((x) => !x.deletedAt)) {
    existing.set(commitmentKey(c.partnershipId, c.title, c.dueOn), `“${c.title}” due ${c.dueOn} already exists in “${byId.get(c.partnershipId)?.name ?? 'this partnership'}”.`);
  }
  const deals = new Map((reference.opportunities ?? []).filter((o) => !o.deletedAt && o.externalId !== '').map((o) => [opportunityKey(o.partnershipId, o.externalId), o]));
  return {
    opportunity: (partnershipId, externalId) => deals.get(opportunityKey(partnershipId, externalId)),
    resolvePartnership(fixedId, name) {
      if (fixedId !== undefined) {
        const fixed = byId.get(fixedId);
        return fixed ? checkOpen(fixed) : { error: 'The chosen partnership no longer exists.' };
      }
      if (name === '') return { error: 'Partnership is required.' };
      const matches = byName.get(nameKey(name)) ?? [];
      const live = matches.filter((p) => !p.deletedAt);
      if (live.length > 1) return { error: `${live.length} partnerships are named “${name}”: choose one for every row instead.` };
      const match = live[0] ?? matches[0];
      return match ? checkOpen(match) : { error: `No partnership is named “${name}”.` };
    },
    stakeholderId: (partnershipId, name) => people.get(stakeholderKey(partnershipId, name)),
    existing: (key) => existing.get(key),
    organisationName: reference.organisationName,
  };
}
