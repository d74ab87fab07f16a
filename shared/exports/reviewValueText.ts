// The value section's and the executive summary's words, the same on screen, in the
// Markdown and in the PDF: a pipeline cell, a progress, the missing-rates sentence.
import type { DateFormat } from '../dates';
import { formatDayText } from '../dates';
import type { FlowFigure, ReviewValue, ValueGoalRow } from './reviewValue';
import { goalValueText, moneyText } from './reviewValue';

/** "3 · $120,000", or "3" where amounts are hidden. */
export function flowText(figure: FlowFigure, currency: string): string {
  return figure.amount === undefined ? String(figure.count) : `${figure.count} · ${moneyText(figure.amount, currency)}`;
}

/** "64%" of the way to the target, or '—'. */
export function progressText(goal: Pick<ValueGoalRow, 'progress'>): string {
  return goal.progress === undefined ? '—' : `${Math.round(goal.progress * 100)}%`;
}

export function latestText(goal: ValueGoalRow, format?: DateFormat): string {
  return goal.latest ? `${goalValueText(goal, goal.latest.value)} (${formatDayText(goal.latest.asOf, format)})` : 'Not measured yet';
}

export function targetText(goal: ValueGoalRow): string {
  return goal.targetValue === undefined ? '—' : goalValueText(goal, goal.targetValue);
}

/** The pipeline's heading sentence: what is compared, in which currency. */
export function pipelineIntro(value: ReviewValue, format?: DateFormat): string {
  const { current, previousQuarter } = value.pipeline;
  const span = current.first > current.last ? 'Nothing is counted yet this quarter' : `This quarter from ${formatDayText(current.first, format)} to ${formatDayText(current.last, format)}`;
  const money = value.showsAmounts ? `; amounts in ${value.currency}, each converted at the rate of its day` : '; deal amounts are not shared in this edition';
  return `${span}, against ${previousQuarter} (count${value.showsAmounts ? ' · amount' : ''}${money}).`;
}

/** Names each missing rate; the deals it was needed for are counted but not in the amounts. Empty when none. */
export function missingRatesText(value: ReviewValue, format?: DateFormat): string {
  const { missingRates } = value.pipeline;
  if (missingRates.length === 0) return '';
  const pairs = missingRates.map((m) => `${m.from} to ${m.to} (needed from ${formatDayText(m.day, format)})`).join(', ');
  return `No exchange rate for ${pairs}: those deals are counted but left out of the amounts. Add the rates in Settings.`;
}

export function valueEventAmount(e: { readonly amount?: number; readonly currency?: string }): string {
  return e.amount === undefined || !e.currency ? '—' : moneyText(e.amount, e.currency);
}
