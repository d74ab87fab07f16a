// What the sample generator works from: a Plan says what one partnership is and which
// situations its history should contain (randomPlans.ts and sampleSpecs.ts write plans;
// buildPortfolio.ts turns them into records), and the small helpers both sides use.
import type { OwedBy, PartnershipStatus, PartnershipType } from '../domain';
import { isDay } from '../domain';
import type { Random } from './random';
import type { CADENCE_TEXT } from './vocabulary';

export interface GenerateOptions {
  readonly seed: number;
  /** The day the portfolio is "as of", `yyyy-MM-dd`; all history lies before it. */
  readonly today: string;
  readonly partnerships: number;
  readonly yearsOfHistory: number;
  /** When set, every partnership meets in this IANA zone; otherwise a mix of four regions. */
  readonly zone?: string;
}

export type CadenceKey = keyof typeof CADENCE_TEXT;
export type IntentShape = 'agreed' | 'draft after agreed' | 'never agreed';
export type HealthShape = 'steady' | 'improving' | 'dropping';

export interface ScenarioCommitment {
  readonly owedBy: OwedBy;
  /** Negative: overdue by that many days. */
  readonly dueInDays: number;
  readonly title: string;
  readonly detail: string;
}

export interface Plan {
  readonly index: number;
  readonly name: string;
  readonly partnerOrg: string;
  /** The partner's short name used in text ("Kestrel"). */
  readonly partner: string;
  readonly type: PartnershipType;
  readonly status: PartnershipStatus;
  readonly zone: string;
  readonly territory: string;
  readonly owner: string;
  readonly tags: readonly string[];
  readonly signedOn: string;
  readonly termEndsOn?: string;
  /** First day with records (signing, or the start of the history window). */
  readonly startDay: string;
  /** Last day with activity: today, or when the partnership was paused or ended. */
  readonly endDay: string;
  readonly cadences: readonly CadenceKey[];
  readonly intent: IntentShape;
  readonly agreedVersions: number;
  readonly health: HealthShape;
  readonly partnerSurveys: boolean;
  readonly gapDimension?: string;
  /** The latest occurrences of the first fixed cadence left without any record. */
  readonly missedRecent: number;
  /** Flexible cadences stop well before today, so they are past their maximum interval. */
  readonly flexibleOverdue: boolean;
  /** `theirSponsorDecides`: the partner's sponsor is also its decision maker (a person with two roles). */
  readonly people: { readonly ourSponsor?: string; readonly theirSponsor?: string; readonly theirLead?: string; readonly theirSponsorDecides?: boolean };
  readonly extraCommitments: readonly ScenarioCommitment[];
}

export function weighted<T extends string>(rng: Random, weights: Readonly<Record<T, number>>): T {
  const entries = Object.entries(weights) as [T, number][];
  let roll = rng.next() * entries.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, w] of entries) {
    roll -= w;
    if (roll < 0) return value;
  }
  return (entries[entries.length - 1] as [T, number])[0];
}

export function fill(template: string, vars: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => vars[key] ?? match);
}

export function slug(text: string): string {
  return text
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The same month and day `years` later (29 February becomes 28 February). */
export function addYears(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = `${String(y + years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isDay(target) ? target : `${target.slice(0, 8)}28`;
}

export const minDay = (a: string, b: string) => (a < b ? a : b);
export const maxDay = (a: string, b: string) => (a > b ? a : b);
