// Plain words for why IndexedDB would not open. Dexie passes on the browser's error
// names (sometimes wrapped in an OpenFailedError whose `inner` holds the real one).

export interface OpenFailure {
  /** One sentence on what happened, for someone who has never heard of IndexedDB. */
  readonly summary: string;
  /** The technical message, shown as is for support. */
  readonly detail: string;
}

const SUMMARIES: Readonly<Record<string, string>> = {
  VersionError:
    'The data was saved by a newer version of Steward than this one. Opening it with the newer version keeps everything; restoring a backup here replaces it with the backup.',
  UpgradeError:
    'The data on disk does not match what this version of Steward expects: it may have been written by a different version, or be damaged.',
  QuotaExceededError: 'The disk is full, or Steward may not use more space. Free some disk space, then try again.',
  InvalidStateError: 'The browser profile will not allow storage here (for example a private window).',
  UnknownError: 'The data files could not be read: they may be damaged, or another program may be holding them.',
  DataError: 'The data files are damaged.',
};

function innermost(error: unknown): unknown {
  let current = error;
  // Dexie's wrappers keep the cause in `inner`; a few levels at most.
  for (let i = 0; i < 5 && typeof current === 'object' && current !== null && 'inner' in current && current.inner; i++) current = current.inner;
  return current;
}

function nameOf(error: unknown): string {
  return error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error) ? String((error as { name: unknown }).name) : '';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function describeOpenFailure(error: unknown): OpenFailure {
  const cause = innermost(error);
  const name = nameOf(cause) || nameOf(error);
  const summary = SUMMARIES[name.replace(/^Dexie\./, '')] ?? 'The database reported an error while opening.';
  const detail = [nameOf(error), messageOf(error)].filter(Boolean).join(': ');
  return { summary, detail };
}
