import type { StewardDb } from './schema';

/** The database's type, for code outside renderer/db (which never imports the schema). */
export type { StewardDb } from './schema';

/** What every repository function needs: the database and a clock (never a global now). */
export interface DbContext {
  readonly db: StewardDb;
  readonly now: () => Date;
}

export class NotFoundError extends Error {
  constructor(entity: string, id: string) {
    super(`The ${entity} ${id} does not exist or was deleted.`);
    this.name = 'NotFoundError';
  }
}
