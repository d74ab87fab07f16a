import { createContext } from 'react';
import type { SyncedTable } from '@shared/sync/fields';

/** Who last changed a record: "you" for this machine's member, else the member's name; undefined when unknown. */
export type AuthorOf = (table: SyncedTable, id: string) => string | undefined;

/** Undefined outside a team (the single-user app): records then name nobody. */
export const AuthorsContext = createContext<AuthorOf | undefined>(undefined);
