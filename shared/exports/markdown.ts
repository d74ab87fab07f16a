// Small Markdown writers for exports: user text is escaped so a partner name or a goal
// cannot turn into a heading, a link or a broken table.

/** Escapes Markdown punctuation in running text; newlines become spaces. */
export function mdText(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/([\\`*_{}[\]<>#|!~])/g, '\\$1')
    .trim();
}

/** Text for a paragraph: escaped, keeping line breaks as Markdown hard breaks. */
export function mdParagraph(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((line) => mdText(line))
    .filter((line, i, all) => line !== '' || (i > 0 && all[i - 1] !== ''))
    .join('  \n')
    .trim();
}

export function mdHeading(level: 1 | 2 | 3 | 4, text: string): string {
  return `${'#'.repeat(level)} ${mdText(text)}`;
}

/** A GitHub-flavoured table; cells are escaped, so pass plain text. */
export function mdTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => mdText(c) || ' ').join(' | ')} |`;
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

export function mdList(items: readonly string[]): string {
  return items.map((item) => `- ${mdText(item)}`).join('\n');
}

/** Blocks separated by one blank line, ending with a single newline. */
export function mdDocument(blocks: readonly (string | undefined | false)[]): string {
  return `${blocks.filter((b): b is string => typeof b === 'string' && b.trim() !== '').join('\n\n')}\n`;
}

export function orDash(value: string | number | undefined): string {
  return value === undefined || value === '' ? '—' : String(value);
}
