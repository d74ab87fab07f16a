// The partner-safe edition is built by construction: records are copied field by field
// from the keys their visibility map calls 'shared', so a field added to an entity stays
// out of partner exports until someone marks it shared (DESIGN.md principle 3).
import type { Visibility } from '../domain';

export type Edition = 'internal' | 'partner';

export const EDITIONS = ['internal', 'partner'] as const satisfies readonly Edition[];

type VisibilityMap = Readonly<Record<string, Visibility>>;

/** The keys a visibility map marks 'shared'. */
export type SharedKeys<M extends VisibilityMap> = { [K in keyof M]: M[K] extends 'shared' ? K : never }[keyof M];

/** A copy of `record` holding only the fields its visibility map marks 'shared'. */
export function pickShared<T extends object, M extends VisibilityMap>(record: T, map: M): Pick<T, Extract<SharedKeys<M>, keyof T>> {
  const picked: Partial<T> = {};
  for (const key of Object.keys(map)) {
    if (map[key] !== 'shared' || !(key in record)) continue;
    const field = key as keyof T;
    picked[field] = record[field];
  }
  return picked as Pick<T, Extract<SharedKeys<M>, keyof T>>;
}

/** Whether a field may appear in the given edition. */
export function isVisibleIn(edition: Edition, visibility: Visibility): boolean {
  return edition === 'internal' || visibility === 'shared';
}

export function editionTitle(edition: Edition): string {
  return edition === 'partner' ? 'Partner edition' : 'Internal — do not share';
}
