// Screens read through these live queries, so every panel updates itself after
import type { PartnershipId } from '@shared/domain';
// any write in any window (DESIGN.md "Data flow").
import { createContext, createElement, useContext } from 'react';
import type { ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Settings } from '@shared/domain';
import { db, appContext } from './db';
import { getPartnership, listPartnerships } from './queries';
import { readSettings } from './settings';

export function usePartnerships(archived = false) {
  return useLiveQuery(() => listPartnerships(db, { archived }), [archived]);
}

export function usePartnership(id: PartnershipId) {
  return useLiveQuery(() => getPartnership(db, id), [id]);
}

/** What useSettings reads when no SettingsProvider is above it (a component rendered alone, as in a test). */
const NOT_PROVIDED = Symbol('no SettingsProvider');
const SettingsContext = createContext<Settings | undefined | typeof NOT_PROVIDED>(NOT_PROVIDED);

/**
 * One live query of the settings for the whole page. Some eighty components read them (every
 * date a row writes goes through useDateText): with one query each, a screen of rows opened
 * as many IndexedDB reads and subscriptions as it had rows.
 */
export function SettingsProvider({ children }: { readonly children: ReactNode }) {
  const settings = useLiveQuery(() => readSettings(appContext), []);
  return createElement(SettingsContext.Provider, { value: settings }, children);
}

/** The settings (defaults until the user saves some); undefined while they load. */
export function useSettings(): Settings | undefined {
  const provided = useContext(SettingsContext);
  const isAlone = provided === NOT_PROVIDED;
  // Under a provider this query reads nothing: it answers undefined at once.
  const own = useLiveQuery(() => (isAlone ? readSettings(appContext) : undefined), [isAlone]);
  return isAlone ? own : provided;
}
