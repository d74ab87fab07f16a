// Screens read through these live queries, so every panel updates itself after
import type { PartnershipId } from '@shared/domain';
// any write in any window (DESIGN.md "Data flow").
import { useLiveQuery } from 'dexie-react-hooks';
import { db, appContext } from './db';
import { getPartnership, listPartnerships } from './queries';
import { readSettings } from './settings';

export function usePartnerships(archived = false) {
  return useLiveQuery(() => listPartnerships(db, { archived }), [archived]);
}

export function usePartnership(id: PartnershipId) {
  return useLiveQuery(() => getPartnership(db, id), [id]);
}

export function useSettings() {
  return useLiveQuery(() => readSettings(appContext), []);
}
