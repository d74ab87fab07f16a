// Reading what Steward says the way a user does: the absolute dates in a sentence ("8 Dec
// 2026", "Dec 8, 2026", "8 Dec", "2026-12-08") and the relative phrases beside them ("today",
// "yesterday", "in 3 days", "2 days ago", "Overdue by 4 days"), each as a day offset, so a
// check can ask whether the two agree.
import { addDays, daysBetween } from '@shared/dates';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
const MONTH = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';

export interface Found<T> {
  readonly index: number;
  readonly text: string;
  readonly value: T;
}

const pad = (n: number) => String(n).padStart(2, '0');

function dayFrom(year: number, monthName: string, day: number): string {
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]) + 1;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A date written without its year is the one nearest to `today`. */
function nearestYear(monthName: string, day: number, today: string): string {
  const year = Number(today.slice(0, 4));
  const options = [year - 1, year, year + 1].map((y) => dayFrom(y, monthName, day));
  return options.sort((a, b) => Math.abs(daysBetween(today, a)) - Math.abs(daysBetween(today, b)))[0] ?? options[1]!;
}

const DATE_PATTERNS: readonly { readonly re: RegExp; readonly read: (m: RegExpExecArray, today: string) => string }[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, read: (m) => `${m[1]}-${m[2]}-${m[3]}` },
  { re: new RegExp(`\\b(\\d{1,2}) ${MONTH}(?:,? (\\d{4}))?\\b`, 'g'), read: (m, today) => (m[3] ? dayFrom(Number(m[3]), m[2]!, Number(m[1])) : nearestYear(m[2]!, Number(m[1]), today)) },
  { re: new RegExp(`\\b${MONTH} (\\d{1,2})(?:, (\\d{4}))?\\b`, 'g'), read: (m, today) => (m[3] ? dayFrom(Number(m[3]), m[1]!, Number(m[2])) : nearestYear(m[1]!, Number(m[2]), today)) },
];

/** Every absolute date in `text`, as yyyy-MM-dd. */
export function absoluteDates(text: string, today: string): Found<string>[] {
  const found: Found<string>[] = [];
  for (const { re, read } of DATE_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const exec = m as RegExpExecArray;
      if (found.some((f) => m.index >= f.index && m.index < f.index + f.text.length)) continue;
      found.push({ index: m.index, text: m[0], value: read(exec, today) });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

const RELATIVE_PATTERNS: readonly { readonly re: RegExp; readonly offset: (m: RegExpMatchArray) => number }[] = [
  { re: /\boverdue by (\d+) days?\b/gi, offset: (m) => -Number(m[1]) },
  { re: /\b(\d+) days? ago\b/gi, offset: (m) => -Number(m[1]) },
  { re: /\bin (\d+) days?\b/gi, offset: (m) => Number(m[1]) },
  { re: /\byesterday\b/gi, offset: () => -1 },
  { re: /\btoday\b/gi, offset: () => 0 },
  { re: /\btomorrow\b/gi, offset: () => 1 },
];

/** Every relative day phrase in `text`, as an offset in days from today. */
export function relativePhrases(text: string): Found<number>[] {
  const found: Found<number>[] = [];
  for (const { re, offset } of RELATIVE_PATTERNS) {
    for (const m of text.matchAll(re)) {
      if (found.some((f) => m.index >= f.index && m.index < f.index + f.text.length)) continue;
      found.push({ index: m.index, text: m[0], value: offset(m) });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

export interface Disagreement {
  readonly phrase: string;
  readonly date: string;
  readonly says: string;
}

/**
 * Each relative phrase against the absolute date nearest to it in the same text: "due
 * today (6 Dec 2026)" on 7 Dec disagrees. A text with relative phrases and no date says
 * nothing checkable here. User content (names, titles) is removed first: a commitment
 * titled "Call back tomorrow" is not a claim about the date.
 */
export function disagreements(text: string, today: string, userContent: readonly string[] = []): Disagreement[] {
  // Only content the text holds is cut out (splitting on an absent string changes nothing).
  const clean = userContent.filter((s) => s.length > 0).reduce((t, s) => (t.includes(s) ? t.split(s).join('«»') : t), text);
  const dates = absoluteDates(clean, today);
  if (dates.length === 0) return [];
  return relativePhrases(clean).flatMap((phrase) => {
    const nearest = [...dates].sort((a, b) => Math.abs(a.index - phrase.index) - Math.abs(b.index - phrase.index))[0]!;
    const says = addDays(today, phrase.value);
    return says === nearest.value ? [] : [{ phrase: phrase.text, date: nearest.text, says }];
  });
}
