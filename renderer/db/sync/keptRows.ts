// What the connection keeps in `meta` between sessions, read back defensively: a row damaged on
// disk (or written by another version) reads as missing, which is always safe here — a missing
// access list is read from the server again, and a missing confirmed state only counts this
// machine's changes as waiting until the server confirms them again.

/** The partnerships of the last access list, or undefined when the row is missing or unreadable. */
export function readGranted(value: string | undefined): string[] | undefined {
  const parsed = parse(value);
  return Array.isArray(parsed) && parsed.every((id) => typeof id === 'string') ? parsed : undefined;
}

/** What the server confirmed of a document (client → clock), or undefined when missing or unreadable. */
export function readConfirmed(value: string | undefined): Map<number, number> | undefined {
  const parsed = parse(value);
  const isPair = (entry: unknown): entry is [number, number] => Array.isArray(entry) && entry.length === 2 && entry.every((n) => Number.isInteger(n) && n >= 0);
  return Array.isArray(parsed) && parsed.every(isPair) ? new Map(parsed) : undefined;
}

function parse(value: string | undefined): unknown {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}
