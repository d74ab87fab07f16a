// Finds writes to a synced table that bypass the write path (renderer/db/writePath.ts) in the
// data layer's sources: a Dexie write method called on a synced table by name, on a table
// handle got by name (db.table(…), tableOf(…)), or on a variable holding such a handle. Text,
// not types: it knows the ways renderer/db spells a table, and the test feeds it samples of each.
import { SYNCED_TABLES } from '../../../shared/sync/fields';

const WRITE = '(?:add|put|bulkAdd|bulkPut|update|bulkUpdate|upsert|delete|bulkDelete|clear|modify)';
const SYNCED = `(?:${SYNCED_TABLES.join('|')})`;
/** A collection step between a table and a write: where(…), toCollection(), filter(…), … */
const STEPS = String.raw`(?:\s*\.\s*(?:where|toCollection|filter|and|limit|offset|reverse|equals|anyOf|between|above|below|startsWith)\([^;]*?\))*`;

const byName = new RegExp(String.raw`\.\s*${SYNCED}\b${STEPS}\s*\.\s*${WRITE}\(`, 'g');
const byHandleCall = new RegExp(String.raw`(?:\.table|\btableOf)(?:<[^>()]*>)?\(([^()]*)\)${STEPS}\s*\.\s*${WRITE}\(`, 'g');
const handleBinding = /(?:const|let)\s+(\w+)(?:\s*:\s*Table<[^=]*>)?\s*=\s*(?:tableOf\b|[\w.]*\.table\(|tables\[|tablesOf\()|\b(\w+)\s*:\s*Table</g;

export interface WriteFinding {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

function isLiteralNotSynced(args: string): boolean {
  const literal = /['"](\w+)['"]\s*$/.exec(args.trim());
  return literal !== null && !(SYNCED_TABLES as readonly string[]).includes(literal[1]!);
}

/** The writes in these sources (path → text) that bypass the write path. */
export function writesOutsideWritePath(sources: Readonly<Record<string, string>>): WriteFinding[] {
  const found: WriteFinding[] = [];
  for (const [file, text] of Object.entries(sources)) {
    const note = (index: number) => found.push({ file, line: lineOf(text, index), text: text.split('\n')[lineOf(text, index) - 1]!.trim() });
    for (const m of text.matchAll(byName)) note(m.index);
    for (const m of text.matchAll(byHandleCall)) if (!isLiteralNotSynced(m[1]!)) note(m.index);
    const handles = new Set([...text.matchAll(handleBinding)].map((m) => m[1] ?? m[2]!));
    for (const name of handles) {
      for (const m of text.matchAll(new RegExp(String.raw`\b${name}${STEPS}\s*\.\s*${WRITE}\(`, 'g'))) note(m.index);
    }
  }
  return found.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
}
