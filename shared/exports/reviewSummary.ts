// The executive summary at the top of a quarterly review: wins, risks and asks, drafted
// from the review's own figures (won deals, goals, overdue commitments, health drops) and
// then edited and saved by the user. The partner edition shows the same text without the
// lines marked INTERNAL_LINE_MARKER; the draft marks every line that names an internal fact
// (a deal's account or amount when the partnership does not share them), so a draft saved
// as is never carries one into the partner edition.
import type { DateFormat } from '../dates';
import { formatDayText } from '../dates';
import type { ZoneCache } from '../timezones';
import type { OpportunitySource, ReviewSummary, SummaryPart } from '../domain';
import { INTERNAL_LINE_MARKER, SUMMARY_PARTS } from '../domain';
import type { Edition } from './partnerSafe';
import type { MoneyFormats, ReviewValue } from './reviewValue';
import { goalValueText, moneyText } from './reviewValue';

export type SummaryText = Readonly<Record<SummaryPart, string>>;

export interface ReviewSummaryView {
  /** Whether `text` is the one saved with this quarter's review (otherwise it is the draft). */
  readonly isSaved: boolean;
  /** When it was last saved, ISO UTC. */
  readonly savedAt?: string;
  /** What this edition shows: the saved text or the draft; the partner edition without internal lines. */
  readonly text: SummaryText;
  /** Internal edition only: the draft from the data, offered again by "Redraft from data". */
  readonly draft?: SummaryText;
}

/** The figures a draft is made of: the internal edition's (the draft marks what is internal). */
export interface DraftFacts {
  readonly value: ReviewValue;
  /** Whether the partnership shares its opportunity amounts and accounts. */
  readonly sharesAmounts: boolean;
  readonly commitments: readonly { readonly title: string; readonly owedBy: 'us' | 'partner' | 'joint'; readonly dueOn: string; readonly state: string }[];
  readonly healthPoints: readonly { readonly assessedOn: string; readonly perspective: 'ours' | 'partner'; readonly overall: number }[];
}

/** A health score that falls by this much or more across the quarter is a risk. */
export const HEALTH_DROP = 0.5;

const SOURCE_WORDS: Readonly<Record<OpportunitySource, string>> = { us: 'sourced by us', partner: 'sourced by the partner', joint: 'joint', influenced: 'influenced' };

const internal = (line: string) => `${INTERNAL_LINE_MARKER} ${line}`;

/** How a draft writes days, amounts and goal values; the formatters it makes are kept for the whole draft. */
interface Writer {
  readonly day: (day: string) => string;
  readonly money: (amount: number, currency: string) => string;
  readonly goalValue: (goal: Parameters<typeof goalValueText>[0], value: number) => string;
}

function writer(format: DateFormat | undefined, cache: ZoneCache | undefined): Writer {
  const formats: MoneyFormats = new Map();
  return {
    day: (day) => formatDayText(day, format, cache),
    money: (amount, currency) => moneyText(amount, currency, formats),
    goalValue: (goal, value) => goalValueText(goal, value, formats),
  };
}

function winLines(facts: DraftFacts, write: Writer): string[] {
  const { value } = facts;
  const all = value.pipeline.rows.find((r) => r.source === 'all');
  const lines: string[] = [];
  const wonCount = all?.current.won.count ?? 0;
  if (wonCount > 0) {
    const bySource = value.pipeline.rows.filter((r) => r.source !== 'all' && r.current.won.count > 0).map((r) => `${r.current.won.count} ${SOURCE_WORDS[r.source as OpportunitySource]}`);
    lines.push(`${wonCount} ${wonCount === 1 ? 'deal' : 'deals'} won this quarter (${bySource.join(', ')}).`);
  }
  const mark = (line: string) => (facts.sharesAmounts ? line : internal(line));
  if (wonCount > 0 && all?.current.won.amount !== undefined) lines.push(mark(`Won ${write.money(all.current.won.amount, value.currency)} in total.`));
  for (const d of value.wonDeals.slice(0, 3)) {
    const worth = d.converted !== undefined && d.currency !== value.currency ? `${write.money(d.amount, d.currency)} (${write.money(d.converted, value.currency)})` : write.money(d.amount, d.currency);
    lines.push(mark(`Won ${d.account}: ${worth}, ${SOURCE_WORDS[d.sourced]}, on ${write.day(d.closedOn)}.`));
  }
  for (const g of value.goals.filter((g) => g.status === 'on track' && g.latest)) {
    lines.push(`On track: ${g.statement} (${write.goalValue(g, g.latest!.value)}${g.targetValue !== undefined ? ` of ${write.goalValue(g, g.targetValue)}` : ''}).`);
  }
  for (const e of value.valueEvents.slice(0, 3)) lines.push(`${e.description} (${e.kind}, ${write.day(e.occurredOn)}).`);
  return lines;
}

function healthDrops(facts: DraftFacts): string[] {
  return (['ours', 'partner'] as const).flatMap((side) => {
    const points = facts.healthPoints.filter((p) => p.perspective === side);
    const [first, last] = [points[0], points.at(-1)];
    if (!first || !last || first === last || first.overall - last.overall < HEALTH_DROP) return [];
    const who = side === 'ours' ? 'Our' : 'The partner’s';
    return [`${who} health score fell from ${first.overall.toFixed(1)} to ${last.overall.toFixed(1)}.`];
  });
}

function riskLines(facts: DraftFacts, write: Writer): string[] {
  const goals = facts.value.goals
    .filter((g) => g.status === 'off track' || g.status === 'at risk')
    .map((g) => {
      const projected = g.projected !== undefined ? `: projected ${write.goalValue(g, g.projected)}` : '';
      const target = g.targetValue !== undefined ? ` against ${write.goalValue(g, g.targetValue)}` : '';
      const due = g.dueBy ? ` by ${write.day(g.dueBy)}` : '';
      return `${g.status === 'off track' ? 'Off track' : 'At risk'}: ${g.statement}${projected}${target}${due}.`;
    });
  const ours = facts.commitments.filter((c) => c.owedBy === 'us' && c.state === 'overdue').map((c) => `We are late on “${c.title}” (due ${write.day(c.dueOn)}).`);
  return [...goals, ...healthDrops(facts), ...ours];
}

function askLines(facts: DraftFacts, write: Writer): string[] {
  return facts.commitments.filter((c) => c.owedBy === 'partner' && c.state === 'overdue').map((c) => `Deliver “${c.title}”, due ${write.day(c.dueOn)}.`);
}

/**
 * Wins, risks and asks from the data, one fact a line; internal facts marked. `cache` keeps the
 * date formatter the 'locale' style makes (a review passes its own), which saves time only.
 */
export function draftSummary(facts: DraftFacts, format?: DateFormat, cache?: ZoneCache): SummaryText {
  const write = writer(format, cache);
  return { wins: winLines(facts, write).join('\n'), risks: riskLines(facts, write).join('\n'), asks: askLines(facts, write).join('\n') };
}

/** Whether a line is marked internal (the marker in any case, after an optional list dash). */
export function isInternalLine(line: string): boolean {
  return line.trim().replace(/^[-*•]\s*/, '').toLowerCase().startsWith(INTERNAL_LINE_MARKER);
}

/** The text without its internal lines: what the partner edition shows. */
export function partnerText(text: string): string {
  return text
    .split('\n')
    .filter((line) => !isInternalLine(line))
    .join('\n')
    .trim();
}

/** The summary's lines to show, list dashes taken off; blank lines dropped. */
export function summaryLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim().replace(/^[-*•]\s+/, ''))
    .filter((line) => line !== '');
}

/** The summary a review shows in an edition: the saved one, or the draft. */
export function summaryView(saved: Pick<ReviewSummary, SummaryPart | 'updatedAt'> | undefined, draft: SummaryText, edition: Edition): ReviewSummaryView {
  const source: SummaryText = saved ? { wins: saved.wins, risks: saved.risks, asks: saved.asks } : draft;
  const text = edition === 'internal' ? source : (Object.fromEntries(SUMMARY_PARTS.map((p) => [p, partnerText(source[p])])) as SummaryText);
  return { isSaved: saved !== undefined, ...(saved ? { savedAt: saved.updatedAt } : {}), text, ...(edition === 'internal' ? { draft } : {}) };
}

export const SUMMARY_PART_TITLES: Readonly<Record<SummaryPart, string>> = { wins: 'Wins', risks: 'Risks', asks: 'Asks' };

