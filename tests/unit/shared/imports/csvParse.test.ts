import { describe, expect, it } from 'vitest';
import { CSV_LIMITS, decodeCsvBytes, detectDelimiter, parseCsv } from '@shared/imports/csvParse';
import type { CsvResult, CsvTable } from '@shared/imports/csvParse';

function table(result: CsvResult): CsvTable {
  if (!result.ok) throw new Error(`expected a table, got: ${result.error}`);
  return result.table;
}

function error(result: CsvResult): string {
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('parseCsv', () => {
  it('reads a header and rows, CRLF or LF, with the last line ending or not', () => {
    for (const text of ['a,b\r\n1,2\r\n3,4\r\n', 'a,b\n1,2\n3,4', 'a,b\r\n1,2\n3,4\n']) {
      expect(table(parseCsv(text))).toEqual({
        delimiter: ',',
        header: ['a', 'b'],
        records: [
          { row: 2, cells: ['1', '2'] },
          { row: 3, cells: ['3', '4'] },
        ],
      });
    }
  });

  it('reads quoted fields with commas, doubled quotes and embedded newlines', () => {
    const parsed = table(parseCsv('title,detail\r\n"Send, then call","He said ""now""\r\nand again\nthird"\r\nnext,""\r\n'));
    expect(parsed.records).toEqual([
      { row: 2, cells: ['Send, then call', 'He said "now"\r\nand again\nthird'] },
      { row: 3, cells: ['next', ''] },
    ]);
  });

  it('drops a UTF-8 byte-order mark and keeps non-ASCII text', () => {
    const parsed = table(parseCsv('\uFEFFName,Organisation\r\nZoë Müller,Société Générale 日本\r\n'));
    expect(parsed.header).toEqual(['Name', 'Organisation']);
    expect(parsed.records[0]?.cells).toEqual(['Zoë Müller', 'Société Générale 日本']);
  });

  it('detects semicolon and tab delimiters from the header line', () => {
    expect(table(parseCsv('Name;Due\r\n"a;b";2027-01-02\r\n')).records[0]?.cells).toEqual(['a;b', '2027-01-02']);
    expect(table(parseCsv('Name\tDue\nx, y\t2027-01-02\n')).records[0]?.cells).toEqual(['x, y', '2027-01-02']);
    expect(detectDelimiter('"a;b;c",d\n')).toBe(',');
    expect(detectDelimiter('single\n')).toBe(',');
  });

  it('skips blank lines but numbers rows as a spreadsheet does', () => {
    const parsed = table(parseCsv('a,b\n\n1,2\n   \n3,4\n\n'));
    expect(parsed.records.map((r) => r.row)).toEqual([3, 5]);
  });

  it('keeps a trailing empty field and ragged rows for the caller to report', () => {
    const parsed = table(parseCsv('a,b,c\n1,2,\n1,2\n1,2,3,4\n'));
    expect(parsed.records.map((r) => r.cells)).toEqual([['1', '2', ''], ['1', '2'], ['1', '2', '3', '4']]);
  });

  it('names blank header cells so every column can be told apart', () => {
    expect(table(parseCsv(' Due ,,Owner,\n1,2,3,4\n')).header).toEqual(['Due', 'Column 2', 'Owner', 'Column 4']);
  });

  it('refuses a header that names two columns alike, naming them and their columns (issue 11)', () => {
    expect(parseCsv('name,partner,type,name\nA,B,co-sell,C\n')).toEqual({
      ok: false,
      error: 'The file has two columns named "name" (columns 1 and 4). Rename or remove one and choose the file again.',
    });
    expect(parseCsv(' Due ,owner,due,DUE,Owner\n1,2,3,4,5\n')).toEqual({
      ok: false,
      error: 'The file has three columns named "Due" (columns 1, 3 and 4) and two columns named "owner" (columns 2 and 5). Rename or remove the extra ones and choose the file again.',
    });
  });

  it('refuses an unterminated quote with the line it starts on', () => {
    expect(error(parseCsv('a,b\n1,2\n3,"never closed\n4,5\n'))).toBe(
      'Line 3: a quoted field is never closed (a closing " is missing), so the file may be cut short.',
    );
  });

  it('refuses text after a closing quote, counting lines inside quoted fields', () => {
    expect(error(parseCsv('a,b\n"x\ny",1\n"bad"quote,2\n'))).toBe(
      'Line 4: there is text after a closing quote. A quote inside a quoted field must be doubled ("").',
    );
  });

  it('refuses empty and header-only files', () => {
    expect(error(parseCsv(''))).toBe('The file is empty.');
    expect(error(parseCsv('\uFEFF \r\n\r\n'))).toBe('The file is empty.');
    expect(error(parseCsv('Name,Partner\r\n'))).toBe('The file has a header row but no data rows.');
  });

  it('refuses more rows, columns or bytes than the limits', () => {
    const limits = { ...CSV_LIMITS, maxRows: 3 };
    expect(table(parseCsv('a\n1\n2\n3\n', limits)).records).toHaveLength(3);
    expect(error(parseCsv('a\n1\n2\n3\n4\n', limits))).toBe('The file has more than 3 rows; Steward imports up to 3 at a time. Split it into smaller files.');
    expect(error(parseCsv(`${Array.from({ length: 101 }, (_, i) => `c${i}`).join(',')}\n1\n`))).toBe(
      'The header has 101 columns; Steward reads up to 100. Remove the columns you do not need.',
    );
    expect(error(parseCsv('a\n€€€€\n', { ...CSV_LIMITS, maxBytes: 12 }))).toMatch(/^The file is 0\.0 MB; Steward imports CSV files up to 0\.0 MB/);
  });

  it('refuses the real limit: more than 10,000 data rows', () => {
    const text = `Name\n${'x\n'.repeat(10_001)}`;
    expect(error(parseCsv(text))).toBe('The file has more than 10,000 rows; Steward imports up to 10,000 at a time. Split it into smaller files.');
    expect(table(parseCsv(`Name\n${'x\n'.repeat(10_000)}`)).records).toHaveLength(10_000);
  });

  it('refuses text with NUL characters as binary', () => {
    expect(error(parseCsv('a,b\n1,\u00002\n'))).toMatch(/^This is not a CSV text file: it contains binary data\./);
  });
});

describe('decodeCsvBytes', () => {
  it('decodes UTF-8 and drops the byte-order mark', () => {
    expect(decodeCsvBytes(bytes('\uFEFFName\r\nZoë\r\n'))).toEqual({ ok: true, text: 'Name\r\nZoë\r\n' });
  });

  it('refuses empty, oversized, UTF-16, binary and non-UTF-8 files', () => {
    expect(decodeCsvBytes(new Uint8Array())).toEqual({ ok: false, error: 'The file is empty.' });
    expect(decodeCsvBytes(new Uint8Array(6 * 1024 * 1024).fill(65))).toEqual({
      ok: false,
      error: 'The file is 6.0 MB; Steward imports CSV files up to 5.0 MB. Split it into smaller files.',
    });
    expect(decodeCsvBytes(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toEqual({ ok: false, error: 'The file is UTF-16 text. In your spreadsheet, save it as “CSV UTF-8” and try again.' });
    expect(decodeCsvBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]))).toMatchObject({ ok: false, error: expect.stringMatching(/binary data/) });
    // "Café" in Windows-1252: é is 0xE9, not valid UTF-8.
    expect(decodeCsvBytes(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toEqual({
      ok: false,
      error: 'The file is not UTF-8 text. In your spreadsheet, save it as “CSV UTF-8” and try again.',
    });
  });
});
