// The quarterly review and the portfolio roll-up as Markdown. Renders only what the
// review model holds, so the partner edition is as safe as the model built for it.
import { OWED_BY_LABELS } from '../commitments';
import type { DateFormat } from '../dates';
import { addDays, formatDayText } from '../dates';
import { utcToLocal } from '../timezones';
import type { SectionChange } from '../intentDiff';
import { mdDocument, mdHeading, mdList, mdTable, orDash } from './markdown';
import { editionTitle } from './partnerSafe';
import type { PortfolioRollup } from './portfolioRollup';
import type { AsAt, SideSummary } from './quarterCounts';
import type { CommitmentRow, QuarterlyReview } from './quarterlyReview';
import type { DayRange } from './quarter';
import { summaryBlock, valueBlock } from './reviewValueMarkdown';
import type { MoneyTotal } from '../value/currency';
import type { MoneyFormats } from './reviewValue';
import { moneyText } from './reviewValue';

const day = (value: string | undefined, format: DateFormat | undefined) => (value ? formatDayText(value, format) : '—');
const pct = (value: number | undefined) => (value === undefined ? '—' : `${value}%`);

function factsBlock(review: QuarterlyReview, format?: DateFormat): string {
  const p = review.partnership;
  const facts = [
    `Partner: ${p.partnerOrg}`,
    `Type: ${p.type}`,
    `Owner: ${orDash(p.owner)}`,
    `Signed: ${day(p.signedOn, format)}`,
    `Term ends: ${day(p.termEndsOn, format)}`,
    ...(review.internal ? [`Status: ${review.internal.status}`, `Tags: ${orDash(review.internal.tags.join(', '))}`] : []),
  ];
  return mdList(facts);
}

/** "a moment": "5 Dec 2026, 15:00 (Europe/Berlin)", or "the end of 31 Dec 2026" for a local midnight. */
function momentText(instant: string, zone: string, format?: DateFormat): string {
  const local = utcToLocal(instant, zone);
  const [localDay, time] = [local.slice(0, 10), local.slice(11, 16)];
  return time === '00:00' ? `the end of ${formatDayText(addDays(localDay, -1), format)}` : `${formatDayText(localDay, format)}, ${time} (${zone})`;
}

/** The sentence under a review's or roll-up's title: the moment every figure is as at. */
export function asAtText(asAt: AsAt, range: DayRange, format?: DateFormat): string {
  if (asAt.timing === 'not started') return `As at ${momentText(asAt.generatedAt, asAt.zone, format)} this quarter has not begun: nothing is counted yet, only plans are shown.`;
  const moment = `As at ${momentText(asAt.asOf, asAt.zone, format)}.`;
  if (asAt.timing === 'ended') return moment;
  return `${moment} The quarter runs to ${formatDayText(range.last, format)}: what comes due after this moment is shown apart and not counted.`;
}

/** "4 more planned before the quarter ends on 31 Dec 2026.", or '' when nothing is ahead. */
export function aheadText(review: QuarterlyReview, format?: DateFormat): string {
  const { ahead } = review.adherence;
  if (ahead === 0) return '';
  return `${ahead} more ${ahead === 1 ? 'meeting' : 'meetings'} planned before the quarter ends on ${formatDayText(review.range.last, format)}.`;
}

/** "1 held of 6 planned so far (17%)." — the overall line, the same in the app and the Markdown. */
export function adherenceSummary(review: QuarterlyReview): string {
  const { planned, held, percent } = review.adherence;
  if (planned === 0) return review.timing === 'ended' ? 'No meetings were planned this quarter.' : 'No meetings were due yet this quarter.';
  return `${held} held of ${planned} planned${review.timing === 'ended' ? '' : ' so far'} (${pct(percent)}).`;
}

function adherenceBlock(review: QuarterlyReview, format?: DateFormat): string {
  const { cadences, ahead } = review.adherence;
  if (cadences.length === 0) return 'No cadences.';
  const withAhead = ahead > 0;
  const rows = cadences.map((c) => [c.name, c.mode, String(c.planned), String(c.held), String(c.skipped), String(c.moved), pct(c.percent), ...(withAhead ? [String(c.ahead)] : [])]);
  const table = mdTable(['Cadence', 'Mode', 'Planned', 'Held', 'Skipped', 'Moved', 'Adherence', ...(withAhead ? ['Still ahead'] : [])], rows);
  const overall = review.adherence.planned === 0 ? adherenceSummary(review) : `Overall: ${adherenceSummary(review)}`;
  return [table, [overall, aheadText(review, format)].filter(Boolean).join(' ')].join('\n\n');
}

function sideRow(label: string, s: SideSummary): string[] {
  return [label, String(s.total), String(s.onTime), String(s.late), String(s.open), String(s.dropped), pct(s.onTimePercent), String(s.dueLater)];
}

function commitmentTable(items: readonly CommitmentRow[], isInternal: boolean, format?: DateFormat): string {
  if (items.length === 0) return 'None.';
  const header = ['Due', 'Owed by', 'Commitment', 'Owner', 'Status', 'Done', ...(isInternal ? ['Source'] : [])];
  const rows = items.map((c) => [day(c.dueOn, format), OWED_BY_LABELS[c.owedBy], c.title, orDash(c.ownerName), c.state, day(c.doneOn, format), ...(isInternal ? [orDash(c.source)] : [])]);
  return mdTable(header, rows);
}

/**
 * The reciprocity sentence: the same words in the app, the Markdown and the PDF. Stated
 * only when both sides had something due by the review's moment.
 */
export function reciprocityVerdict(review: Pick<QuarterlyReview, 'commitments' | 'timing'>): string {
  const { bySide, isReciprocal } = review.commitments;
  const isOver = review.timing === 'ended';
  if (bySide.us.total === 0 || bySide.partner.total === 0) return isOver ? 'Not enough was due this quarter to compare.' : 'Not enough was due yet to compare.';
  if (isReciprocal) return 'Reciprocal: both sides kept their commitments at a similar rate.';
  return `Not reciprocal ${isOver ? 'this quarter' : 'so far this quarter'}: one side owed or kept noticeably less.`;
}

function commitmentsBlock(review: QuarterlyReview, format?: DateFormat): string {
  const { bySide, items } = review.commitments;
  const sides = mdTable(
    ['Side', 'Due', 'On time', 'Late', 'Overdue', 'Dropped', 'On time %', 'Due later'],
    [sideRow(OWED_BY_LABELS.us, bySide.us), sideRow(OWED_BY_LABELS.partner, bySide.partner), sideRow(OWED_BY_LABELS.joint, bySide.joint)],
  );
  return mdDocument([sides, reciprocityVerdict(review), commitmentTable(items, review.edition === 'internal', format)]).trimEnd();
}

function healthBlock(review: QuarterlyReview, format?: DateFormat): string {
  const { points, gap, gapAsOf } = review.health;
  const isInternal = review.edition === 'internal';
  const trend = points.length
    ? mdTable(
        ['Assessed', 'Perspective', 'Respondent', 'Overall', ...(isInternal ? ['Internal notes'] : [])],
        points.map((p) => [day(p.assessedOn, format), p.perspective === 'ours' ? 'Ours' : 'Partner', orDash(p.respondent), p.overall.toFixed(1), ...(isInternal ? [orDash(p.internalNotes)] : [])]),
      )
    : 'No health checks yet.';
  const gapTable = gap.length
    ? mdTable(['Dimension', 'Ours', 'Partner', 'Gap'], gap.map((g) => [g.dimension, orDash(g.ours), orDash(g.partner), orDash(g.gap)]))
    : '';
  return mdDocument([trend, gapTable && `${mdHeading(3, `Perception gap as at ${day(gapAsOf, format)}`)}\n\n${gapTable}`]).trimEnd();
}

function goalsBlock(review: QuarterlyReview, format?: DateFormat): string {
  const { rows, version } = review.goals;
  if (rows.length === 0) return 'No agreed goals.';
  const table = mdTable(['Goal', 'Metric', 'Target', 'Due by', 'Timing'], rows.map((g) => [g.statement, orDash(g.metric), orDash(g.target), day(g.dueBy, format), g.timing]));
  return `From charter version ${version}.\n\n${table}`;
}

function decisionsBlock(review: QuarterlyReview, format?: DateFormat): string {
  if (review.decisions.length === 0) return 'No decisions recorded.';
  const isInternal = review.edition === 'internal';
  const rows = review.decisions.map((d) => [day(d.decidedOn, format), d.statement, ...(isInternal ? [orDash(d.rationale)] : [])]);
  return mdTable(['Decided', 'Decision', ...(isInternal ? ['Rationale'] : [])], rows);
}

function changeLines(change: SectionChange): string[] {
  if (change.items) return change.items.map((i) => `${change.label}: ${i.kind} ${i.kind === 'removed' ? i.before : i.after}`);
  return [`${change.label}: ${change.kind}${change.after ? ` — ${change.after}` : ''}`];
}

function intentBlock(review: QuarterlyReview): string {
  const { fromVersion, toVersion, changes } = review.intentChanges;
  if (changes.length === 0) return toVersion === undefined ? 'No charter agreed yet.' : `No change: version ${toVersion} in force all quarter.`;
  const from = fromVersion === undefined ? 'no agreed charter' : `version ${fromVersion}`;
  return `From ${from} to version ${toVersion}:\n\n${mdList(changes.flatMap(changeLines))}`;
}

function nextQuarterBlock(review: QuarterlyReview, format?: DateFormat): string {
  const { occurrences, commitmentsDue } = review.nextQuarter;
  const meetings = occurrences.length
    ? mdTable(['When (local)', 'Zone', 'Cadence'], occurrences.map((o) => [`${day(o.local.slice(0, 10), format)} ${o.local.slice(11)}`, o.zone, o.cadenceName]))
    : 'No meetings planned.';
  return mdDocument([mdHeading(3, 'Planned meetings'), meetings, mdHeading(3, 'Commitments due'), commitmentTable(commitmentsDue, review.edition === 'internal', format)]).trimEnd();
}

/** Dates follow `format` (Settings); the locale-free "19 Nov 2026" when absent. */
export function quarterlyReviewMarkdown(review: QuarterlyReview, format?: DateFormat): string {
  const { range } = review;
  return mdDocument([
    mdHeading(1, `${review.partnership.name} — quarterly review ${review.quarter}`),
    `**${editionTitle(review.edition)}** · ${formatDayText(range.first, format)} – ${formatDayText(range.last, format)} · generated ${formatDayText(review.generatedOn, format)}`,
    asAtText(review, range, format),
    factsBlock(review, format),
    mdHeading(2, 'Executive summary'),
    summaryBlock(review),
    mdHeading(2, 'Cadence adherence'),
    adherenceBlock(review, format),
    mdHeading(2, 'Commitments due this quarter'),
    commitmentsBlock(review, format),
    mdHeading(2, 'Health'),
    healthBlock(review, format),
    mdHeading(2, 'Goals'),
    goalsBlock(review, format),
    mdHeading(2, 'Value'),
    valueBlock(review, format),
    mdHeading(2, 'Decisions'),
    decisionsBlock(review, format),
    mdHeading(2, 'What changed in the charter'),
    intentBlock(review),
    mdHeading(2, `Next quarter (${review.nextQuarter.quarter})`),
    nextQuarterBlock(review, format),
  ]);
}

/** "$131,000", with "(+2 without a rate)" when some amounts could not be converted. */
export function moneyCell(total: MoneyTotal, formats?: MoneyFormats): string {
  const extra = total.unconverted > 0 ? ` (+${total.unconverted} without a rate)` : '';
  return `${moneyText(total.amount, total.currency, formats)}${extra}`;
}

/** The roll-up's sentence naming each missing rate, or ''. */
export function rollupMissingRates(rollup: PortfolioRollup, format?: DateFormat): string {
  const { missingRates } = rollup.totals;
  if (missingRates.length === 0) return '';
  return `No exchange rate for ${missingRates.map((m) => `${m.from} to ${m.to} (needed from ${formatDayText(m.day, format)})`).join(', ')}: those deals are left out of the amounts. Add the rates in Settings.`;
}

export function portfolioRollupMarkdown(rollup: PortfolioRollup, format?: DateFormat): string {
  const { currency } = rollup.totals.won;
  const header = ['Partnership', 'Partner', 'Status', 'Adherence', 'Our on time', 'Their on time', 'Health (ours)', 'Health (partner)', 'Gap', 'Renewal', `Won (${currency})`, `Open pipeline (${currency})`];
  const rows = rollup.rows.map((r) => [
    r.name,
    r.partnerOrg,
    r.status,
    pct(r.adherencePercent),
    pct(r.oursOnTimePercent),
    pct(r.theirsOnTimePercent),
    r.healthOurs === undefined ? '—' : r.healthOurs.toFixed(1),
    r.healthPartner === undefined ? '—' : r.healthPartner.toFixed(1),
    r.gap === undefined ? '—' : r.gap.toFixed(1),
    day(r.renewalOn, format),
    moneyCell(r.won),
    moneyCell(r.pipeline),
  ]);
  const total = ['Total', '', '', '', '', '', '', '', '', '', moneyCell(rollup.totals.won), moneyCell(rollup.totals.pipeline)];
  return mdDocument([
    mdHeading(1, `Portfolio roll-up ${rollup.quarter}`),
    `**${editionTitle('internal')}** · ${formatDayText(rollup.range.first, format)} – ${formatDayText(rollup.range.last, format)} · generated ${formatDayText(rollup.generatedOn, format)}`,
    asAtText(rollup, rollup.range, format),
    rows.length ? mdTable(header, [...rows, total]) : 'No partnerships.',
    rollupMissingRates(rollup, format),
  ]);
}
