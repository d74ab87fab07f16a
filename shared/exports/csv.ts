// RFC 4180 CSV: CRLF after every record (the last included), fields quoted when they
// hold a quote, comma, CR or LF, quotes doubled. The text is UTF-8 once written; with
// `bom: true` it starts with U+FEFF so Excel reads it as UTF-8 rather than the ANSI
// code page (off by default: RFC 4180 tools and diff see it as part of the first field).
// Spreadsheets run cells that look like formulas, so a cell starting with =, +, -, @,
// TAB or CR gets a leading apostrophe (OWASP "CSV Injection"); "-5" becomes "'-5" too,
// the price of never guessing which values are safe.

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark (U+FEFF). */
  readonly bom?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Prefixes a cell that a spreadsheet would evaluate with an apostrophe. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One field: neutralised, then quoted if needed. */
export function csvField(value: string): string {
  const safe = neutraliseFormula(value);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A header row followed by data rows; every row should have the header's length. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[], options: CsvOptions = {}): string {
  const lines = [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`);
  return `${options.bom ? '\uFEFF' : ''}${lines.join('')}`;
}
