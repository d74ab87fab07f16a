// Reads CSV the way RFC 4180 writes it and the way spreadsheets really save it:
// quoted fields with doubled quotes and embedded newlines, CRLF or LF, a UTF-8 BOM,
// and ';' or TAB where a locale's spreadsheet uses one instead of ','. A problem with
// the whole file (empty, too big, not text, a quote never closed) is one clear
// message; rows with the wrong number of cells are left for the caller to report.

export const MAX_CSV_BYTES = 5 * 1024 * 1024;
export const MAX_CSV_ROWS = 10_000;
export const MAX_CSV_COLUMNS = 100;

export type Delimiter = ',' | ';' | '\t';

export interface CsvRecord {
  /** The row as a spreadsheet numbers it: the header is row 1. */
  readonly row: number;
  readonly cells: readonly string[];
}

export interface CsvTable {
  readonly delimiter: Delimiter;
  /** Column names, trimmed; a blank one becomes "Column 3", a repeated one "Due (2)". */
  readonly header: readonly string[];
  /** Data rows; blank lines are skipped but still counted in `row`. */
  readonly records: readonly CsvRecord[];
}

export type CsvResult = { readonly ok: true; readonly table: CsvTable } | { readonly ok: false; readonly error: string };

export interface CsvLimits {
  readonly maxBytes: number;
  readonly maxRows: number;
  readonly maxColumns: number;
}

export const CSV_LIMITS: CsvLimits = { maxBytes: MAX_CSV_BYTES, maxRows: MAX_CSV_ROWS, maxColumns: MAX_CSV_COLUMNS };

const SAVE_AS_UTF8 = 'In your spreadsheet, save it as “CSV UTF-8” and try again.';

const fail = (error: string): { ok: false; error: string } => ({ ok: false, error });

/** "4.2 MB", for messages about size. */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function tooBigMessage(bytes: number, limits: CsvLimits = CSV_LIMITS): string {
  return `The file is ${formatMegabytes(bytes)}; Steward imports CSV files up to ${formatMegabytes(limits.maxBytes)}. Split it into smaller files.`;
}

/** The file's bytes as text: refuses empty, oversized, binary, UTF-16 and non-UTF-8 files. */
export function decodeCsvBytes(bytes: Uint8Array, limits: CsvLimits = CSV_LIMITS): { ok: true; text: string } | { ok: false; error: string } {
  if (bytes.length === 0) return fail('The file is empty.');
  if (bytes.length > limits.maxBytes) return fail(tooBigMessage(bytes.length, limits));
  const isUtf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (isUtf16) return fail(`The file is UTF-16 text. ${SAVE_AS_UTF8}`);
  if (bytes.includes(0)) return fail(`This is not a CSV text file: it contains binary data. ${SAVE_AS_UTF8}`);
  try {
    // fatal: a Latin-1 or Windows-1252 file must not turn into text with � in it.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return fail(`The file is not UTF-8 text. ${SAVE_AS_UTF8}`);
  }
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is one 4-byte character: 2 + 2 here.
    bytes += code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 2 : 3;
  }
  return bytes;
}

/** The delimiter used most on the first line, outside quotes; ',' when none is. */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
    else if (!inQuotes && (ch === ',' || ch === ';' || ch === '\t')) counts[ch] += 1;
  }
  const best = (Object.keys(counts) as Delimiter[]).reduce((a, b) => (counts[b] > counts[a] ? b : a), ',');
  return best;
}

function newlinesIn(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/** Every record in order, blank lines included (as ['']); or why the text cannot be read. */
type Scanned = { readonly rows: string[][] } | { readonly error: string } | { readonly isTooLong: true };

/** A quoted field starting at `start` (on the opening quote): its text and where it ends. */
function readQuoted(text: string, start: number, line: number): { value: string; end: number } | string {
  let value = '';
  let from = start + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote === -1) return `Line ${line}: a quoted field is never closed (a closing " is missing), so the file may be cut short.`;
    value += text.slice(from, quote);
    if (text[quote + 1] !== '"') return { value, end: quote + 1 };
    value += '"';
    from = quote + 2;
  }
}

function scan(text: string, delimiter: Delimiter, maxRecords: number): Scanned {
  const rows: string[][] = [];
  let cells: string[] = [];
  let line = 1;
  let i = 0;
  for (;;) {
    if (text[i] === '"') {
      const quoted = readQuoted(text, i, line);
      if (typeof quoted === 'string') return { error: quoted };
      line += newlinesIn(quoted.value);
      cells.push(quoted.value);
      i = quoted.end;
      const next = text[i];
      if (i < text.length && next !== delimiter && next !== '\n' && next !== '\r') {
        return { error: `Line ${line}: there is text after a closing quote. A quote inside a quoted field must be doubled ("").` };
      }
    } else {
      let end = i;
      while (end < text.length && text[end] !== delimiter && text[end] !== '\n' && text[end] !== '\r') end++;
      cells.push(text.slice(i, end));
      i = end;
    }
    if (i < text.length && text[i] === delimiter) {
      i += 1;
      continue;
    }
    rows.push(cells);
    if (rows.length > maxRecords) return { isTooLong: true };
    if (i >= text.length) break;
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    line += 1;
    cells = [];
    if (i >= text.length) break;
  }
  return { rows };
}

const isBlank = (cells: readonly string[]) => cells.length === 1 && cells[0]!.trim() === '';

const COUNT_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "1, 3 and 4". */
function andList(items: readonly (string | number)[]): string {
  return items.length === 1 ? String(items[0]) : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * A refusal when two header cells name the same column (ignoring case and spaces): only one
 * of them could be imported, and the other's values would be dropped without a word.
 */
function repeatedHeaders(cells: readonly string[]): string | undefined {
  const columns = new Map<string, { name: string; at: number[] }>();
  cells.forEach((cell, index) => {
    const name = cell.trim();
    if (name === '') return;
    const entry = columns.get(name.toLowerCase()) ?? { name, at: [] };
    entry.at.push(index + 1);
    columns.set(name.toLowerCase(), entry);
  });
  const repeats = [...columns.values()].filter((c) => c.at.length > 1);
  if (repeats.length === 0) return undefined;
  const clauses = repeats.map((c) => `${COUNT_WORDS[c.at.length] ?? c.at.length} columns named "${c.name}" (columns ${andList(c.at)})`);
  const isOnePair = repeats.length === 1 && repeats[0]!.at.length === 2;
  return `The file has ${andList(clauses)}. Rename or remove ${isOnePair ? 'one' : 'the extra ones'} and choose the file again.`;
}

/** Names every column: blanks become "Column N"; a "Column N" already taken gets " (2)". */
function nameColumns(cells: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, index) => {
    const name = cell.trim() || `Column ${index + 1}`;
    const count = (seen.get(name.toLowerCase()) ?? 0) + 1;
    seen.set(name.toLowerCase(), count);
    return count === 1 ? name : `${name} (${count})`;
  });
}

/** Parses CSV text (a leading BOM is dropped) into a header and data rows. */
export function parseCsv(input: string, limits: CsvLimits = CSV_LIMITS): CsvResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return fail('The file is empty.');
  if (text.includes('\0')) return fail(`This is not a CSV text file: it contains binary data. ${SAVE_AS_UTF8}`);
  const bytes = utf8Length(text);
  if (bytes > limits.maxBytes) return fail(tooBigMessage(bytes, limits));
  const delimiter = detectDelimiter(text);
  // +1 for the header, +1 so that one row too many is noticed.
  const scanned = scan(text, delimiter, limits.maxRows + 2);
  const tooMany = `The file has more than ${limits.maxRows.toLocaleString('en-US')} rows; Steward imports up to ${limits.maxRows.toLocaleString('en-US')} at a time. Split it into smaller files.`;
  if ('isTooLong' in scanned) return fail(tooMany);
  if ('error' in scanned) return fail(scanned.error);
  const headerIndex = scanned.rows.findIndex((cells) => !isBlank(cells));
  const headerCells = scanned.rows[headerIndex]!;
  const repeated = repeatedHeaders(headerCells);
  if (repeated) return fail(repeated);
  if (headerCells.length > limits.maxColumns) {
    return fail(`The header has ${headerCells.length} columns; Steward reads up to ${limits.maxColumns}. Remove the columns you do not need.`);
  }
  const records = scanned.rows
    .map((cells, index) => ({ row: index + 1, cells }))
    .filter((r, index) => index > headerIndex && !isBlank(r.cells));
  if (records.length > limits.maxRows) return fail(tooMany);
  if (records.length === 0) return fail('The file has a header row but no data rows.');
  return { ok: true, table: { delimiter, header: nameColumns(headerCells), records } };
}
