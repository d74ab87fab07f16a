// Which quarters a quarter picker offers, and reading a quarter from a URL safely.
import type { Quarter } from '@shared/exports/quarter';
import { formatQuarter, nextQuarter, parseQuarter, previousQuarter, quarterOfDay, quarterSpan } from '@shared/exports/quarter';

/** How far back the picker reaches when there is no signing day to start from. */
const QUARTERS_BACK_WITHOUT_START = 4;

/** "2027-Q1" when the text is a quarter, undefined otherwise (a hand-typed URL must not crash the screen). */
export function asQuarter(text: string | undefined): string | undefined {
  if (!text) return undefined;
  try {
    return formatQuarter(parseQuarter(text));
  } catch {
    return undefined;
  }
}

export function currentQuarter(today: string): string {
  return formatQuarter(quarterOfDay(today));
}

/** From the quarter of `firstDay` (signing) to next quarter, newest first; always includes `selected`. */
export function quarterOptions(firstDay: string | undefined, today: string, selected: string): string[] {
  const now = quarterOfDay(today);
  let start: Quarter = now;
  if (firstDay && firstDay <= today) start = quarterOfDay(firstDay);
  else for (let i = 0; i < QUARTERS_BACK_WITHOUT_START; i++) start = previousQuarter(start);
  const chosen = parseQuarter(selected);
  if (chosen.year < start.year || (chosen.year === start.year && chosen.q < start.q)) start = chosen;
  let end = nextQuarter(now);
  if (chosen.year > end.year || (chosen.year === end.year && chosen.q > end.q)) end = chosen;
  return quarterSpan(start, end).map(formatQuarter).reverse();
}
