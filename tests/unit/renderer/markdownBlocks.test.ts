import { describe, expect, it } from 'vitest';
import { mdDocument, mdHeading, mdList, mdParagraph, mdTable } from '@shared/exports/markdown';
import { markdownBlocks, parseInline, splitCells } from '../../../renderer/src/print/markdownBlocks';
import { asQuarter, quarterOptions } from '../../../renderer/src/components/quarterOptions';

describe('markdownBlocks reads back what the exporters write', () => {
  it('keeps headings, bold labels, hard breaks, lists and tables, with escapes resolved', () => {
    const doc = mdDocument([
      mdHeading(1, 'Acme # 1 — charter'),
      `**Partner edition** · with ${mdParagraph('A*B [Ltd]')}`,
      `**In scope:** ${mdParagraph('EMEA\nAPAC')}`,
      mdList(['one', 'two | three']),
      mdTable(['Goal', 'Target'], [['Grow | expand', '€1M'], ['Back\\slash', '']]),
    ]);
    expect(markdownBlocks(doc)).toEqual([
      { kind: 'heading', level: 1, text: 'Acme # 1 — charter' },
      { kind: 'paragraph', lines: [[{ text: 'Partner edition', bold: true }, { text: ' · with A*B [Ltd]', bold: false }]] },
      { kind: 'paragraph', lines: [[{ text: 'In scope:', bold: true }, { text: ' EMEA', bold: false }], [{ text: 'APAC', bold: false }]] },
      { kind: 'list', ordered: false, items: [[{ text: 'one', bold: false }], [{ text: 'two | three', bold: false }]] },
      { kind: 'table', header: ['Goal', 'Target'], rows: [['Grow | expand', '€1M'], ['Back\\slash', '']] },
    ]);
  });

  it('reads a numbered list (a brief’s agenda) as an ordered list, one item a line, not one paragraph', () => {
    const agenda = ['Escalations: the *rebate*', 'Goal check: 4 case studies'].map((item, i) => `${i + 1}. ${item.replace(/\*/g, '\\*')}`).join('\n');
    expect(markdownBlocks(mdDocument([mdHeading(2, 'Agenda'), agenda]))).toEqual([
      { kind: 'heading', level: 2, text: 'Agenda' },
      { kind: 'list', ordered: true, items: [[{ text: 'Escalations: the *rebate*', bold: false }], [{ text: 'Goal check: 4 case studies', bold: false }]] },
    ]);
  });

  it('splits cells only on unescaped pipes and reads an escaped asterisk as text', () => {
    expect(splitCells('| a \\| b | c |')).toEqual(['a | b', 'c']);
    expect(parseInline('2 \\* 3 **bold**')).toEqual([
      { text: '2 * 3 ', bold: false },
      { text: 'bold', bold: true },
    ]);
  });
});

describe('quarter picker options', () => {
  it('runs from the signing quarter to next quarter, newest first', () => {
    expect(quarterOptions('2026-05-10', '2027-01-14', '2027-Q1')).toEqual(['2027-Q2', '2027-Q1', '2026-Q4', '2026-Q3', '2026-Q2']);
  });

  it('reaches a year back without a signing day, and always offers the chosen quarter', () => {
    expect(quarterOptions(undefined, '2027-01-14', '2025-Q2').at(-1)).toBe('2025-Q2');
    expect(quarterOptions(undefined, '2027-01-14', '2027-Q1')).toHaveLength(6);
  });

  it('reads a quarter from a URL, or nothing for anything else', () => {
    expect(asQuarter('2027-q1')).toBe('2027-Q1');
    expect(asQuarter('2027-Q5')).toBeUndefined();
    expect(asQuarter(undefined)).toBeUndefined();
  });
});
