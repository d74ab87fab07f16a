// Word-level differences between two versions of a text, for the intent comparison: a
// changed number in a three-line field marks that one word, not the whole field.
// Texts are split into words (runs of non-space) and the spaces and line breaks between
// them, so joining the parts gives back either text exactly; the parts are a longest
// common subsequence of those tokens. Pure: no state kept between calls.

export type WordPartKind = 'same' | 'removed' | 'added';

export interface WordPart {
  readonly kind: WordPartKind;
  readonly text: string;
}

/**
 * Past this many cells of the table (tokens of the changed middle of one text times the
 * other's), the middle is shown as removed and added whole rather than compared: about
 * 2,000 words each, far beyond a charter field, and 16 MB of table.
 */
export const MAX_DIFF_CELLS = 4_000_000;

/** Words and the whitespace between them, in order; joined, they are the text. */
export function wordTokens(text: string): string[] {
  return text.match(/\s+|\S+/g) ?? [];
}

/** The parts that turn `before` into `after`: same text, removed and added, adjacent parts of one kind merged. */
export function diffWords(before: string, after: string): WordPart[] {
  const a = wordTokens(before);
  const b = wordTokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const middle = middleParts(a.slice(start, endA), b.slice(start, endB));
  return merge([...a.slice(0, start).map(same), ...middle, ...a.slice(endA).map(same)]);
}

const same = (text: string): WordPart => ({ kind: 'same', text });

/** The changed middle, by a longest common subsequence of its tokens. */
function middleParts(a: readonly string[], b: readonly string[]): WordPart[] {
  if (a.length === 0 || b.length === 0 || (a.length + 1) * (b.length + 1) > MAX_DIFF_CELLS) {
    return [...a.map((text) => ({ kind: 'removed' as const, text })), ...b.map((text) => ({ kind: 'added' as const, text }))];
  }
  // lcs[i * width + j]: the longest common subsequence of a[i..] and b[j..].
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lcs[i * width + j] = a[i] === b[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const parts: WordPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      parts.push(same(a[i]!));
      i += 1;
      j += 1;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) {
      parts.push({ kind: 'removed', text: a[i]! });
      i += 1;
    } else {
      parts.push({ kind: 'added', text: b[j]! });
      j += 1;
    }
  }
  for (; i < a.length; i += 1) parts.push({ kind: 'removed', text: a[i]! });
  for (; j < b.length; j += 1) parts.push({ kind: 'added', text: b[j]! });
  return parts;
}

/**
 * Unchanged text as one part, and each run of changes as its removed text then its added
 * text. A lone space between two changes joins them, so "a b" → "c d" reads as one
 * deletion and one insertion rather than four pieces.
 */
function merge(parts: readonly WordPart[]): WordPart[] {
  const out: WordPart[] = [];
  const pending = { same: '', removed: '', added: '' };
  const flushChanges = () => {
    if (pending.removed) out.push({ kind: 'removed', text: pending.removed });
    if (pending.added) out.push({ kind: 'added', text: pending.added });
    pending.removed = pending.added = '';
  };
  const flushSame = () => {
    if (pending.same) out.push(same(pending.same));
    pending.same = '';
  };
  parts.forEach((part, k) => {
    const [prev, next] = [parts[k - 1], parts[k + 1]];
    const isGlue = part.kind === 'same' && /^[ \t]+$/.test(part.text) && prev !== undefined && next !== undefined && prev.kind !== 'same' && next.kind !== 'same';
    if (part.kind === 'same' && !isGlue) {
      flushChanges();
      pending.same += part.text;
      return;
    }
    flushSame();
    if (isGlue) {
      pending.removed += part.text;
      pending.added += part.text;
    } else pending[part.kind] += part.text;
  });
  flushChanges();
  flushSame();
  return out;
}

/** The text before the change (same and removed parts), or after it (same and added). */
export function textOf(parts: readonly WordPart[], side: 'before' | 'after'): string {
  const dropped: WordPartKind = side === 'before' ? 'added' : 'removed';
  return parts
    .filter((p) => p.kind !== dropped)
    .map((p) => p.text)
    .join('');
}

/**
 * Whether word marks help: at least a third of the words of the longer text are
 * unchanged. Otherwise the text was rewritten, and reads better as before → after.
 */
export function isWordLevelReadable(parts: readonly WordPart[]): boolean {
  const words = (kinds: readonly WordPartKind[]) =>
    parts
      .filter((p) => kinds.includes(p.kind))
      .flatMap((p) => p.text.match(/\S+/g) ?? []).length;
  const kept = words(['same']);
  return kept > 0 && kept * 3 >= Math.max(words(['same', 'removed']), words(['same', 'added']));
}
