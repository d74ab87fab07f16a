import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffWords, isWordLevelReadable, textOf } from '@shared/wordDiff';

const NON_NEGOTIABLES_BEFORE = 'No exclusivity outside DACH.\nRevenue share stays at 25% for the first two years.\nEither side may leave with 90 days notice.';
const NON_NEGOTIABLES_AFTER = 'No exclusivity outside DACH.\nRevenue share stays at 20% for the first two years.\nEither side may leave with 90 days notice.';

describe('diffWords', () => {
  it('marks exactly one word when one number in a three-line field changes', () => {
    const parts = diffWords(NON_NEGOTIABLES_BEFORE, NON_NEGOTIABLES_AFTER);
    expect(parts.filter((p) => p.kind === 'removed')).toEqual([{ kind: 'removed', text: '25%' }]);
    expect(parts.filter((p) => p.kind === 'added')).toEqual([{ kind: 'added', text: '20%' }]);
    expect(parts).toEqual([
      { kind: 'same', text: 'No exclusivity outside DACH.\nRevenue share stays at ' },
      { kind: 'removed', text: '25%' },
      { kind: 'added', text: '20%' },
      { kind: 'same', text: ' for the first two years.\nEither side may leave with 90 days notice.' },
    ]);
    expect(isWordLevelReadable(parts)).toBe(true);
  });

  it('shows a word inserted and a word deleted where they happen', () => {
    expect(diffWords('Grow joint revenue in EMEA', 'Grow joint revenue in EMEA and APAC')).toEqual([
      { kind: 'same', text: 'Grow joint revenue in EMEA' },
      { kind: 'added', text: ' and APAC' },
    ]);
    expect(diffWords('one big happy team', 'one happy team')).toEqual([
      { kind: 'same', text: 'one ' },
      { kind: 'removed', text: 'big ' },
      { kind: 'same', text: 'happy team' },
    ]);
  });

  it('joins neighbouring changed words into one deletion and one insertion', () => {
    expect(diffWords('pay within 30 days net', 'pay within sixty calendar days net')).toEqual([
      { kind: 'same', text: 'pay within ' },
      { kind: 'removed', text: '30' },
      { kind: 'added', text: 'sixty calendar' },
      { kind: 'same', text: ' days net' },
    ]);
  });

  it('keeps line breaks: a word moved to a new line is a whitespace change only', () => {
    const parts = diffWords('alpha beta', 'alpha\nbeta');
    expect(parts).toEqual([
      { kind: 'same', text: 'alpha' },
      { kind: 'removed', text: ' ' },
      { kind: 'added', text: '\n' },
      { kind: 'same', text: 'beta' },
    ]);
  });

  it('handles empty texts on either side', () => {
    expect(diffWords('', 'new text')).toEqual([{ kind: 'added', text: 'new text' }]);
    expect(diffWords('old text', '')).toEqual([{ kind: 'removed', text: 'old text' }]);
    expect(diffWords('', '')).toEqual([]);
  });

  it('calls a rewrite unreadable word by word', () => {
    expect(isWordLevelReadable(diffWords('We sell their product in Europe', 'Joint marketing funds cover two events yearly'))).toBe(false);
  });

  // Texts from a small vocabulary, so the two sides share words and the diff has work to do.
  const word: fc.Arbitrary<string> = fc.constantFrom('a', 'b', 'c', '25%', '20%', 'deal', 'Deal', 'é', '—');
  const space = fc.constantFrom(' ', '  ', '\n', '\t', ' \n');
  const text = fc.array(fc.oneof(word, space), { maxLength: 40 }).map((tokens) => tokens.join(''));

  it('property: the parts give back both texts exactly', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const parts = diffWords(before, after);
        expect(textOf(parts, 'before')).toBe(before);
        expect(textOf(parts, 'after')).toBe(after);
      }),
      { numRuns: 500 },
    );
  });

  it('property: no part is empty, no two neighbours are both unchanged, and an unchanged text is one part', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const parts = diffWords(before, after);
        expect(parts.every((p) => p.text.length > 0)).toBe(true);
        expect(parts.every((p, k) => k === 0 || p.kind !== 'same' || parts[k - 1]!.kind !== 'same')).toBe(true);
        expect(diffWords(before, before)).toEqual(before ? [{ kind: 'same', text: before }] : []);
      }),
      { numRuns: 300 },
    );
  });

  it('property: replacing one word of a text marks that word and nothing else', () => {
    const words = fc.array(word, { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(words, fc.array(space, { minLength: 30, maxLength: 30 }), fc.nat(), (ws, spaces, pick) => {
        const k = pick % ws.length;
        const join = (list: readonly string[]) => list.map((w, i) => (i === 0 ? w : `${spaces[i]}${w}`)).join('');
        const parts = diffWords(join(ws), join(ws.map((w, i) => (i === k ? 'NEW' : w))));
        expect(parts.filter((p) => p.kind === 'removed')).toEqual([{ kind: 'removed', text: ws[k] }]);
        expect(parts.filter((p) => p.kind === 'added')).toEqual([{ kind: 'added', text: 'NEW' }]);
      }),
      { numRuns: 300 },
    );
  });
});
