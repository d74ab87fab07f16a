// The marker kept outside the database (a file in the desktop app's userData, localStorage
// in a browser): which database Steward last saw and how many records it held. If the
// profile's IndexedDB is damaged, Chromium may delete it and make a new, empty one without
// a word; comparing the marker with what opened tells "first run" from "data went missing".
import { z } from 'zod';

/** The record counts the marker keeps: one per backed-up table, non-negative integers. */
export const markerCountsSchema = z.record(z.string().regex(/^[A-Za-z]{1,40}$/), z.int().min(0).max(1_000_000_000));

export const dataMarkerSchema = z
  .strictObject({
    /** The database's own id (renderer/db/instance.ts), made when it was created. */
    instanceId: z.string().min(1).max(100),
    counts: markerCountsSchema.refine((counts) => Object.keys(counts).length <= 50, 'too many tables'),
    /** ISO UTC: when the counts were taken. */
    updatedAt: z.iso.datetime(),
  })
  .readonly();

export type DataMarker = z.output<typeof dataMarkerSchema>;
export type RecordCounts = Readonly<Record<string, number>>;

export function totalRecords(counts: RecordCounts): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

/** Why the data looks missing: the database opened empty, or it is another database. */
export type MissingReason = 'empty' | 'replaced';

export type DataVerdict = { readonly missing: false } | { readonly missing: true; readonly reason: MissingReason; readonly expected: DataMarker };

/**
 * Compares what opened with the marker. Missing only when the marker says the database
 * held records: with no marker (first run, or a Steward from before markers) or a marker
 * of an empty database, an empty one is simply new.
 */
export function dataLooksMissing(marker: DataMarker | undefined, counts: RecordCounts, instanceId: string | undefined): DataVerdict {
  if (!marker || totalRecords(marker.counts) === 0) return { missing: false };
  if (instanceId !== marker.instanceId) return { missing: true, reason: 'replaced', expected: marker };
  if (totalRecords(counts) === 0) return { missing: true, reason: 'empty', expected: marker };
  return { missing: false };
}

/** A marker read from storage: anything that does not parse is treated as no marker. */
export function parseDataMarker(value: unknown): DataMarker | undefined {
  const parsed = dataMarkerSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
