// The executive summary and the value section of a quarterly review as Markdown. Renders
// only what the review model holds, so the partner edition is as safe as the model.
import type { DateFormat } from '../dates';
import { formatDayText } from '../dates';
import { SUMMARY_PARTS } from '../domain';
import { GOAL_STATUS_RULE } from '../value/goals';
import { mdDocument, mdHeading, mdList, mdTable, orDash } from './markdown';
import type { QuarterlyReview } from './quarterlyReview';
import { SUMMARY_PART_TITLES, summaryLines } from './reviewSummary';
import { SOURCE_LABELS, goalValueText, moneyText } from './reviewValue';
import { flowText, latestText, missingRatesText, pipelineIntro, progressText, targetText, valueEventAmount } from './reviewValueText';

const day = (value: string | undefined, format: DateFormat | undefined) => (value ? formatDayText(value, format) : '—');

export function summaryBlock(review: QuarterlyReview): string {
  const { summary } = review;
  const note = review.edition === 'internal' && !summary.isSaved ? '_Drafted from the data; not edited or saved yet._' : '';
  const parts = SUMMARY_PARTS.map((part) => {
    const lines = summaryLines(summary.text[part]);
    return `${mdHeading(3, SUMMARY_PART_TITLES[part])}\n\n${lines.length ? mdList(lines) : 'None.'}`;
  });
  return mdDocument([note, ...parts]).trimEnd();
}

function goalsBlock(review: QuarterlyReview, format?: DateFormat): string {
  const { goals } = review.value;
  if (goals.length === 0) return 'No goals to measure.';
  const table = mdTable(
    ['Goal', 'Latest', 'Target', 'Due by', 'Progress', 'Status'],
    goals.map((g) => [g.statement, latestText(g, format), targetText(g), day(g.dueBy, format), progressText(g), g.status]),
  );
  // This quarter's measurements: the whole history is in the app's charts.
  const measured = goals.flatMap((g) => g.measurements.filter((m) => m.asOf >= review.range.first).map((m) => [g.statement, day(m.asOf, format), goalValueText(g, m.value), m.source, orDash(m.note)]));
  const measurements = measured.length ? `${mdHeading(4, 'Measurements this quarter')}\n\n${mdTable(['Goal', 'As of', 'Value', 'Source', 'Note'], measured)}` : '';
  return mdDocument([table, GOAL_STATUS_RULE, measurements]).trimEnd();
}

function pipelineBlock(review: QuarterlyReview, format?: DateFormat): string {
  const { value } = review;
  const { rows, previousQuarter } = value.pipeline;
  const cell = (f: Parameters<typeof flowText>[0]) => flowText(f, value.currency);
  const table = mdTable(
    ['Source', 'Created', 'Won', 'Lost', `Created ${previousQuarter}`, `Won ${previousQuarter}`, `Lost ${previousQuarter}`],
    rows.map((r) => [SOURCE_LABELS[r.source], cell(r.current.created), cell(r.current.won), cell(r.current.lost), cell(r.previous.created), cell(r.previous.won), cell(r.previous.lost)]),
  );
  const won = value.wonDeals.length
    ? `${mdHeading(4, 'Largest deals won this quarter')}\n\n${mdTable(
        ['Account', 'Amount', `In ${value.currency}`, 'Source', 'Closed'],
        value.wonDeals.map((d) => [d.account, moneyText(d.amount, d.currency), d.converted === undefined ? 'no rate' : moneyText(d.converted, value.currency), SOURCE_LABELS[d.sourced], day(d.closedOn, format)]),
      )}`
    : '';
  return mdDocument([pipelineIntro(value, format), table, missingRatesText(value, format), won]).trimEnd();
}

function eventsBlock(review: QuarterlyReview, format?: DateFormat): string {
  const events = review.value.valueEvents;
  if (events.length === 0) return 'No value events this quarter.';
  const isInternal = review.edition === 'internal';
  return mdTable(
    ['Date', 'Kind', 'Description', ...(isInternal ? ['Amount'] : [])],
    events.map((e) => [day(e.occurredOn, format), e.kind, e.description, ...(isInternal ? [valueEventAmount(e)] : [])]),
  );
}

export function valueBlock(review: QuarterlyReview, format?: DateFormat): string {
  return mdDocument([
    mdHeading(3, 'Goals measured'),
    goalsBlock(review, format),
    mdHeading(3, 'Joint pipeline'),
    pipelineBlock(review, format),
    mdHeading(3, 'Value events'),
    eventsBlock(review, format),
  ]).trimEnd();
}
