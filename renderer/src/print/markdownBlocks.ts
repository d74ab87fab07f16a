// Reads back the Markdown our own exporters write (shared/exports/markdown.ts: headings,
// paragraphs with hard breaks, lists (numbered ones too), GitHub tables, **bold**, backslash escapes), so the
// print view of an intent summary shows exactly what its Markdown holds, no more.
// Not a general Markdown parser: anything else is shown as the text it is.

export interface Inline {
  readonly text: string;
  readonly bold: boolean;
}

export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3 | 4; readonly text: string }
  | { readonly kind: 'table'; readonly header: readonly string[]; readonly rows: readonly (readonly string[])[] }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly (readonly Inline[])[] }
  | { readonly kind: 'paragraph'; readonly lines: readonly (readonly Inline[])[] };

/** Text with `\x` escapes resolved and `**` switching bold on and off. */
export function parseInline(text: string): Inline[] {
  const parts: Inline[] = [];
  let [current, bold] = ['', false];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\' && i + 1 < text.length) current += text[++i];
    else if (ch === '*' && text[i + 1] === '*') {
      if (current) parts.push({ text: current, bold });
      [current, bold] = ['', !bold];
      i++;
    } else current += ch;
  }
  if (current) parts.push({ text: current, bold });
  return parts;
}

const plain = (text: string) =>
  parseInline(text)
    .map((p) => p.text)
    .join('');

/** The cells of a `| a | b |` row; an escaped `\|` stays inside its cell. */
export function splitCells(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  const body = line.trim().replace(/^\|/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '\\' && i + 1 < body.length) current += ch + body[++i];
    else if (ch === '|') {
      cells.push(plain(current.trim()));
      current = '';
    } else current += ch;
  }
  if (current.trim()) cells.push(plain(current.trim()));
  return cells;
}

function parseBlock(block: string): Block {
  const lines = block.split('\n');
  const heading = /^(#{1,4}) (.*)$/.exec(block);
  if (heading && lines.length === 1) return { kind: 'heading', level: heading[1]!.length as 1 | 2 | 3 | 4, text: plain(heading[2]!) };
  if (lines.length >= 2 && lines.every((l) => l.startsWith('|')) && /^\|(\s*-+\s*\|)+$/.test(lines[1]!.replace(/ /g, ''))) {
    return { kind: 'table', header: splitCells(lines[0]!), rows: lines.slice(2).map(splitCells) };
  }
  if (lines.every((l) => l.startsWith('- '))) return { kind: 'list', ordered: false, items: lines.map((l) => parseInline(l.slice(2))) };
  // "1. …" lines, numbered in order (a brief's agenda): the list's own numbers say the same.
  if (lines.every((l, i) => l.startsWith(`${i + 1}. `))) return { kind: 'list', ordered: true, items: lines.map((l, i) => parseInline(l.slice(`${i + 1}. `.length))) };
  return { kind: 'paragraph', lines: lines.map((l) => parseInline(l.replace(/ {2}$/, ''))) };
}

/** The blocks of a document: separated by blank lines, as mdDocument writes them. */
export function markdownBlocks(markdown: string): Block[] {
  return markdown
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((b) => b.trim())
    .filter((b) => b !== '')
    .map(parseBlock);
}
