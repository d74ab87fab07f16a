// The app's database and clock, one of each per page (Dexie samples' singleton).
import type { DbContext } from './context';
import { StewardDb } from './schema';

export const db = new StewardDb();

export const appContext: DbContext = { db, now: () => new Date() };
