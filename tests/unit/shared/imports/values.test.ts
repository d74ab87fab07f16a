import { describe, expect, it } from 'vitest';
import { cleanCell, guessDateOrder, looksLikeFormula, matchChoice, parseImportDay, splitTags } from '@shared/imports/values';
import { guessMapping, headerKey } from '@shared/imports/fields';
import { commitmentsCsvHeader } from '@shared/exports/commitmentsCsv';
import { PARTNERSHIP_TYPES } from '@shared/domain';

describe('cleanCell', () => {
  it('undoes only the apostrophe our export puts before formula-looking text', () => {
    expect(cleanCell("'=HYPERLINK(\"http://evil\",\"x\")")).toBe('=HYPERLINK("http://evil","x")');
    expect(cleanCell("'+1")).toBe('+1');
    expect(cleanCell("'-5")).toBe('-5');
    expect(cleanCell("'@SUM(A1)")).toBe('@SUM(A1)');
    expect(cleanCell("'\tTabbed")).toBe('Tabbed');
    expect(cleanCell("'quoted")).toBe("'quoted");
    expect(cleanCell("''=x")).toBe("''=x");
    expect(cleanCell('  =1+1  ')).toBe('=1+1');
  });

  it('knows which cells a spreadsheet would evaluate, numbers aside', () => {
    expect(['=1+1', '+x', '-x', '@x'].map(looksLikeFormula)).toEqual([true, true, true, true]);
    expect(['-5', '+3.5', 'a=1', ''].map(looksLikeFormula)).toEqual([false, false, false, false]);
  });
});

describe('matchChoice', () => {
  it('matches list values ignoring case, spaces, hyphens and underscores, then aliases', () => {
    expect(matchChoice('Co_Sell', PARTNERSHIP_TYPES)).toBe('co-sell');
    expect(matchChoice(' JOINT-venture ', PARTNERSHIP_TYPES)).toBe('joint venture');
    expect(matchChoice('we', ['us', 'partner'] as const, { we: 'us' })).toBe('us');
    expect(matchChoice('nope', PARTNERSHIP_TYPES)).toBeUndefined();
  });
});

describe('parseImportDay', () => {
  it('reads year-first dates as year-month-day whatever the order', () => {
    expect(parseImportDay('2027-03-14', 'mdy')).toBe('2027-03-14');
    expect(parseImportDay('2027-3-4', 'dmy')).toBe('2027-03-04');
    expect(parseImportDay('2027/03/14', 'dmy')).toBe('2027-03-14');
  });

  it('reads year-last dates in the chosen order', () => {
    expect(parseImportDay('03/04/2027', 'dmy')).toBe('2027-04-03');
    expect(parseImportDay('03/04/2027', 'mdy')).toBe('2027-03-04');
    expect(parseImportDay('14.3.2027', 'dmy')).toBe('2027-03-14');
  });

  it('refuses what is not a real day, two-digit years and words', () => {
    for (const value of ['2027-02-30', '31/02/2027', '14/03/27', '14 March 2027', 'tomorrow', '2027-13-01', '14/03/2027 10:00']) {
      expect(parseImportDay(value, 'dmy'), value).toBeUndefined();
    }
    expect(parseImportDay('14/03/2027', 'mdy')).toBeUndefined();
  });

  it('guesses the order from numbers above 12, day first when nothing tells', () => {
    expect(guessDateOrder(['01/02/2027', '25/02/2027'])).toBe('dmy');
    expect(guessDateOrder(['01/02/2027', '02/25/2027'])).toBe('mdy');
    expect(guessDateOrder(['01/02/2027', '2027-12-31'])).toBe('dmy');
    expect(guessDateOrder([])).toBe('dmy');
  });
});

describe('splitTags', () => {
  it('splits on commas or semicolons and drops blanks', () => {
    expect(splitTags('emea, cloud;; priority ')).toEqual(['emea', 'cloud', 'priority']);
    expect(splitTags('')).toEqual([]);
  });
});

describe('guessMapping', () => {
  it('maps our own commitments export without help, leaving derived columns out', () => {
    const header = commitmentsCsvHeader('internal');
    expect(guessMapping('commitments', header)).toEqual({ partnership: 0, title: 1, detail: 2, owedBy: 3, owner: 4, dueOn: 5, status: 6, doneOn: 7 });
  });

  it('maps common spreadsheet headers by synonym, each column once', () => {
    expect(guessMapping('partnerships', ['Partnership', 'Organisation', 'Renewal date', 'Owner', 'Partner type'])).toEqual({
      name: 0,
      partnerOrg: 1,
      termEndsOn: 2,
      owner: 3,
    });
    expect(guessMapping('commitments', ['What', 'Due date', 'Side', 'Task'])).toEqual({ dueOn: 1, owedBy: 2, title: 3 });
    expect(guessMapping('stakeholders', ['Full name', 'E-mail', 'Role', 'Which side'])).toEqual({ name: 0, contact: 1, roles: 2, side: 3 });
  });

  it('compares headers ignoring case, spaces and punctuation', () => {
    expect(headerKey(' Due_Date ')).toBe('duedate');
    expect(headerKey('Partner organisation')).toBe(headerKey('partner-Organisation'));
  });
});
