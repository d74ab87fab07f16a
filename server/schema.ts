// The sync server's tables, created by one idempotent migration at every start (and before
// every team command): teams, members, which team a partnership belongs to, a role per
// partnership per member, and the Yjs documents with their not-yet-folded updates.
import type pg from 'pg';

const TABLES = `
create table if not exists teams (
  id uuid primary key,
  name text not null,
  created_at timestamptz not null default now()
);
create table if not exists members (
  id uuid primary key,
  team_id uuid not null references teams(id),
  name text not null,
  email text not null,
  created_at timestamptz not null default now(),
  revoked_at timestamptz,
  unique (team_id, email)
);
create table if not exists partnerships (
  id text primary key,
  team_id uuid not null references teams(id),
  created_by uuid references members(id),
  created_at timestamptz not null default now()
);
create table if not exists roles (
  partnership_id text not null references partnerships(id),
  member_id uuid not null references members(id),
  role text not null check (role in ('owner', 'editor', 'viewer')),
  primary key (partnership_id, member_id)
);
create table if not exists documents (
  name text primary key,
  state bytea not null,
  updated_at timestamptz not null default now()
);
-- Every update a client sends is written here before the server applies and acknowledges
-- it, so a client told "synced" never loses it to a crash; storing a document folds its
-- updates into documents.state and deletes them.
create table if not exists document_updates (
  id bigserial primary key,
  name text not null,
  update bytea not null,
  created_at timestamptz not null default now()
);
create index if not exists document_updates_by_name on document_updates (name, id);
`;

/** A lock number of our own, so two processes starting together migrate one after the other. */
const MIGRATION_LOCK = 4_172_017;

export async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(TABLES);
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}

/** The channel the team commands notify when access changes, so a running server acts at once. */
export const ACCESS_CHANNEL = 'steward_access';
