// The value section of a quarterly review: each goal of the charter with its progress and
// status as at the review's moment (later measurements ignored), the joint pipeline
// created, won and lost by source this quarter against the previous one (in the reporting
// currency, missing rates named), and the value events of the quarter. Partner edition:
// goals and measurements are shared; opportunity amounts and accounts only when the
// partnership shares them (counts by source always); value events per VALUE_EVENT_VISIBILITY.
import type { Goal, GoalMeasurement, GoalUnit, MeasurementSource, OpportunitySource, Partnership, PortfolioSnapshot, ValueEventKind } from '../domain';
import { GOAL_MEASUREMENT_VISIBILITY, OPPORTUNITY_SOURCES, OPPORTUNITY_VISIBILITY, VALUE_EVENT_VISIBILITY } from '../domain';
import type { GoalStatus } from '../value/goals';
import { assessGoal, byAsOf } from '../value/goals';
import type { MissingRate, MoneyTotal, Rate } from '../value/currency';
import { convert } from '../value/currency';
import { totalsBySource } from '../value/pipeline';
import type { Edition } from './partnerSafe';
import { pickShared } from './partnerSafe';
import type { DayRange } from './quarter';
import { isInRange } from './quarter';
import type { AsAt } from './quarterCounts';
import { lastCountedDay, live } from './quarterCounts';

/** The reporting currency and the rates the user entered (Settings). */
export interface ValueSettings {
  readonly currency: string;
  readonly rates: readonly Rate[];
}

export interface MeasurementRow {
  readonly asOf: string;
  readonly value: number;
  readonly source: MeasurementSource;
  readonly note: string;
}

export interface ValueGoalRow {
  readonly goalId: string;
  readonly statement: string;
  readonly metric: string;
  readonly unit?: GoalUnit;
  /** The goal's own currency, for a currency unit. */
  readonly currency?: string;
  readonly baseline?: number;
  readonly targetValue?: number;
  readonly dueBy?: string;
  /** Measured on or before the review's last counted day, oldest first. */
  readonly measurements: readonly MeasurementRow[];
  readonly latest?: { readonly value: number; readonly asOf: string };
  /** Share of the way from the start to the target (1 = reached). */
  readonly progress?: number;
  readonly status: GoalStatus;
  readonly projected?: number;
  /** The fitted line at its first measurement and at the due date, for the chart. */
  readonly projection?: readonly [{ readonly day: string; readonly value: number }, { readonly day: string; readonly value: number }];
}

export const PIPELINE_FLOWS = ['created', 'won', 'lost'] as const;
export type PipelineFlow = (typeof PIPELINE_FLOWS)[number];

export interface FlowFigure {
  readonly count: number;
  /** In the reporting currency; absent when the edition hides amounts. Deals without a rate are counted but not added. */
  readonly amount?: number;
}

export interface PipelineRow {
  readonly source: OpportunitySource | 'all';
  readonly current: Readonly<Record<PipelineFlow, FlowFigure>>;
  readonly previous: Readonly<Record<PipelineFlow, FlowFigure>>;
}

export interface WonDealRow {
  readonly account: string;
  readonly amount: number;
  readonly currency: string;
  /** In the reporting currency; absent when there was no rate. */
  readonly converted?: number;
  readonly sourced: OpportunitySource;
  readonly closedOn: string;
}

export interface ValueEventRow {
  readonly occurredOn: string;
  readonly kind: ValueEventKind;
  readonly description: string;
  /** Internal edition only. */
  readonly amount?: number;
  readonly currency?: string;
}

export interface ReviewValue {
  /** The reporting currency. */
  readonly currency: string;
  /** Whether opportunity amounts and accounts are in this edition. */
  readonly showsAmounts: boolean;
  readonly goals: readonly ValueGoalRow[];
  readonly pipeline: {
    /** The part of this quarter counted (up to the review's moment). */
    readonly current: DayRange;
    readonly previousQuarter: string;
    readonly previous: DayRange;
    readonly rows: readonly PipelineRow[];
    /** Rates that were missing: the amounts they were for are counted, not added. Empty when amounts are hidden. */
    readonly missingRates: readonly MissingRate[];
  };
  /** The quarter's won deals, largest first (in the reporting currency); empty when amounts are hidden. */
  readonly wonDeals: readonly WonDealRow[];
  readonly valueEvents: readonly ValueEventRow[];
}

/** At most this many won deals are listed. */
export const WON_DEALS_SHOWN = 5;

export interface ValueContext {
  readonly snapshot: PortfolioSnapshot;
  readonly partnership: Partnership;
  readonly goals: readonly Goal[];
  readonly range: DayRange;
  readonly previous: { readonly quarter: string; readonly range: DayRange };
  readonly asAt: AsAt;
  readonly edition: Edition;
  readonly settings: ValueSettings;
}

function measurementRow(m: GoalMeasurement): MeasurementRow {
  const shared = pickShared(m, GOAL_MEASUREMENT_VISIBILITY);
  return { asOf: shared.asOf, value: shared.value, source: shared.source, note: shared.note };
}

function goalRow(goal: Goal, measured: readonly GoalMeasurement[]): ValueGoalRow {
  const rows = byAsOf(measured).map(measurementRow);
  const a = assessGoal(goal, rows);
  const optional = {
    unit: goal.unit,
    currency: goal.unit === 'currency' && goal.currency ? goal.currency : undefined,
    baseline: goal.baseline,
    targetValue: goal.targetValue,
    dueBy: goal.dueBy,
    latest: a.latest ? { value: a.latest.value, asOf: a.latest.asOf } : undefined,
    progress: a.progress,
    projected: a.projected,
  };
  const defined = Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined));
  const projection =
    a.fit && goal.dueBy ? ([{ day: a.fit.origin, value: a.fit.intercept }, { day: goal.dueBy, value: a.projected ?? a.fit.intercept }] as const) : undefined;
  return { goalId: goal.id ?? '', statement: goal.statement, metric: goal.metric, ...defined, measurements: rows, status: a.status, ...(projection && a.projected !== undefined ? { projection } : {}) };
}

function goalRows(ctx: ValueContext): ValueGoalRow[] {
  const lastDay = lastCountedDay(ctx.range, ctx.asAt);
  const measurements = live(ctx.snapshot.goalMeasurements, ctx.partnership.id).filter((m) => m.asOf <= lastDay);
  return ctx.goals.map((g) => goalRow(g, g.id ? measurements.filter((m) => m.goalId === g.id) : []));
}

const figure = (total: MoneyTotal, showsAmounts: boolean): FlowFigure => ({ count: total.count + total.unconverted, ...(showsAmounts ? { amount: total.amount } : {}) });

function mergeMissing(totals: readonly MoneyTotal[]): MissingRate[] {
  const byCurrency = new Map<string, MissingRate>();
  for (const m of totals.flatMap((t) => t.missingRates)) {
    const known = byCurrency.get(m.from);
    if (!known || m.day < known.day) byCurrency.set(m.from, m);
  }
  return [...byCurrency.values()].sort((a, b) => a.from.localeCompare(b.from));
}

function pipelineSection(ctx: ValueContext, showsAmounts: boolean): ReviewValue['pipeline'] {
  const deals = live(ctx.snapshot.opportunities, ctx.partnership.id);
  const current = { first: ctx.range.first, last: lastCountedDay(ctx.range, ctx.asAt) };
  const { currency, rates } = ctx.settings;
  const [now, before] = [totalsBySource(deals, current, currency, rates), totalsBySource(deals, ctx.previous.range, currency, rates)];
  const sources = [...OPPORTUNITY_SOURCES, 'all'] as const;
  const flows = (totals: (typeof now)[OpportunitySource]) => ({ created: figure(totals.created, showsAmounts), won: figure(totals.won, showsAmounts), lost: figure(totals.lost, showsAmounts) });
  const rows = sources.map((source) => ({ source, current: flows(now[source]), previous: flows(before[source]) }));
  const all = [now.all, before.all].flatMap((t) => [t.created, t.won, t.lost]);
  return { current, previousQuarter: ctx.previous.quarter, previous: ctx.previous.range, rows, missingRates: showsAmounts ? mergeMissing(all) : [] };
}

function wonDeals(ctx: ValueContext): WonDealRow[] {
  const current = { first: ctx.range.first, last: lastCountedDay(ctx.range, ctx.asAt) };
  return live(ctx.snapshot.opportunities, ctx.partnership.id)
    .filter((o) => o.outcome === 'won' && o.closedOn !== undefined && isInRange(o.closedOn, current))
    .map((o): WonDealRow => {
      const c = convert(o.amount, o.currency, ctx.settings.currency, o.closedOn!, ctx.settings.rates);
      // The shared fields by the map; the amount and account are added because this edition shows them.
      const shared = pickShared(o, OPPORTUNITY_VISIBILITY);
      return { account: o.account, amount: o.amount, currency: o.currency, ...(c.ok ? { converted: c.amount } : {}), sourced: shared.sourced, closedOn: shared.closedOn ?? o.closedOn! };
    })
    .sort((a, b) => (b.converted ?? -1) - (a.converted ?? -1) || a.closedOn.localeCompare(b.closedOn) || a.account.localeCompare(b.account))
    .slice(0, WON_DEALS_SHOWN);
}

function valueEvents(ctx: ValueContext): ValueEventRow[] {
  const current = { first: ctx.range.first, last: lastCountedDay(ctx.range, ctx.asAt) };
  return live(ctx.snapshot.valueEvents, ctx.partnership.id)
    .filter((e) => isInRange(e.occurredOn, current))
    .sort((a, b) => a.occurredOn.localeCompare(b.occurredOn) || a.id.localeCompare(b.id))
    .map((e) => {
      const shared = pickShared(e, VALUE_EVENT_VISIBILITY);
      const row = { occurredOn: shared.occurredOn, kind: shared.kind, description: shared.description };
      return ctx.edition === 'internal' && e.amount !== undefined ? { ...row, amount: e.amount, currency: e.currency } : row;
    });
}

/** Whether this edition may show the partnership's opportunity amounts and accounts. */
export function showsOpportunityAmounts(partnership: Pick<Partnership, 'shareOpportunityAmounts'>, edition: Edition): boolean {
  return edition === 'internal' || partnership.shareOpportunityAmounts === true;
}

export function buildReviewValue(ctx: ValueContext): ReviewValue {
  const showsAmounts = showsOpportunityAmounts(ctx.partnership, ctx.edition);
  return {
    currency: ctx.settings.currency,
    showsAmounts,
    goals: goalRows(ctx),
    pipeline: pipelineSection(ctx, showsAmounts),
    wonDeals: showsAmounts ? wonDeals(ctx) : [],
    valueEvents: valueEvents(ctx),
  };
}

/**
 * Currency formatters already made, by currency and whether to the cent: a caller writing many
 * amounts (a review's summary) passes one, since making a formatter costs far more than using it.
 */
export type MoneyFormats = Map<string, Intl.NumberFormat>;

function moneyFormat(currency: string, whole: boolean, formats: MoneyFormats | undefined): Intl.NumberFormat {
  const key = `${currency}\n${whole ? 0 : 2}`;
  const kept = formats?.get(key);
  if (kept) return kept;
  const made = new Intl.NumberFormat('en-US', { style: 'currency', currency, minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: whole ? 0 : 2 });
  formats?.set(key, made);
  return made;
}

/** "$120,000", "€1,234.50": a locale-free amount for exports (the same text on every machine). */
export function moneyText(amount: number, currency: string, formats?: MoneyFormats): string {
  const whole = Math.abs(amount - Math.round(amount)) < 0.005;
  try {
    return moneyFormat(currency, whole, formats).format(amount);
  } catch {
    return `${currency} ${amount.toFixed(whole ? 0 : 2)}`;
  }
}

/** Built once, not per value (Intl's formatters are costly to make). */
const TWO_PLACES = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A goal's value in its unit: "$1,200", "88%", "12.5". */
export function goalValueText(goal: Pick<ValueGoalRow, 'unit' | 'currency'>, value: number, formats?: MoneyFormats): string {
  if (goal.unit === 'currency' && goal.currency) return moneyText(value, goal.currency, formats);
  const text = TWO_PLACES.format(value);
  return goal.unit === 'percent' ? `${text}%` : text;
}

export const SOURCE_LABELS: Readonly<Record<OpportunitySource | 'all', string>> = {
  us: 'Sourced by us',
  partner: 'Sourced by the partner',
  joint: 'Joint',
  influenced: 'Influenced',
  all: 'All sources',
};
