import { describe, expect, it } from 'vitest';
import { csvField, neutraliseFormula, toCsv } from '@shared/exports/csv';
import { commitmentsCsv } from '@shared/exports/commitmentsCsv';
import { samplePortfolio } from '@shared/sample/portfolioGenerator';

describe('toCsv', () => {
  it('ends every record with CRLF, header first', () => {
    expect(toCsv(['a', 'b'], [['1', '2'], ['3', '4']])).toBe('a,b\r\n1,2\r\n3,4\r\n');
  });

  it('quotes fields holding a comma, a quote, CR or LF, doubling quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('plain')).toBe('plain');
    expect(toCsv(['note'], [['line one\r\nline two\nthree']])).toBe('note\r\n"line one\r\nline two\nthree"\r\n');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+x')).toBe("'+x");
    expect(csvField('-x')).toBe("'-x");
    expect(csvField('@x')).toBe("'@x");
    expect(neutraliseFormula('\tx')).toBe("'\tx");
    expect(csvField('\rx')).toBe('"\'\rx"');
    expect(csvField('=HYPERLINK("http://evil","a,b")')).toBe('"\'=HYPERLINK(""http://evil"",""a,b"")"');
    expect(csvField('a=1')).toBe('a=1');
  });

  it('starts with a byte-order mark only when asked', () => {
    expect(toCsv(['a'], [], { bom: true })).toBe('\uFEFFa\r\n');
    expect(toCsv(['a'], [])).toBe('a\r\n');
  });
});

describe('commitmentsCsv', () => {
  const snapshot = samplePortfolio('2027-01-14');
  const first = snapshot.partnerships[0]!;

  it('writes one row per commitment of the partnership, with the internal source column only internally', () => {
    const internal = commitmentsCsv(snapshot, { partnershipId: first.id, edition: 'internal', now: '2027-01-14' });
    const partner = commitmentsCsv(snapshot, { partnershipId: first.id, edition: 'partner', now: '2027-01-14' });
    const count = snapshot.commitments.filter((c) => c.partnershipId === first.id).length;
    expect(internal.startsWith('Partnership,Title,Detail,Owed by,Owner,Due on,Status,Done on,State,Source\r\n')).toBe(true);
    expect(partner.startsWith('Partnership,Title,Detail,Owed by,Owner,Due on,Status,Done on,State\r\n')).toBe(true);
    expect(partner.split('\r\n').filter((line) => line.startsWith(first.name)).length).toBe(count);
    expect(partner).not.toMatch(/touchpoint|health check action|intent goal/);
  });

  it('neutralises formula injection in user text', () => {
    const hostile = { ...snapshot, commitments: snapshot.commitments.map((c, i) => (i === 0 ? { ...c, title: '=cmd|" /C calc"!A0', detail: '@SUM(A1)' } : c)) };
    const csv = commitmentsCsv(hostile, { edition: 'partner', now: '2027-01-14' });
    expect(csv).toContain('"\'=cmd|"" /C calc""!A0"');
    expect(csv).toContain("'@SUM(A1)");
    expect(csv).not.toMatch(/(^|,)[=@]/m);
  });

  it('refuses an unknown partnership', () => {
    expect(() => commitmentsCsv(snapshot, { partnershipId: 'nope', edition: 'partner', now: '2027-01-14' })).toThrow(/nope/);
  });
});
