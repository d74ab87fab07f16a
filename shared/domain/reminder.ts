// The delivery ledger: one row per reminder occurrence, keyed
// `source:sourceId:occurrence`, which is what makes delivery idempotent.
import { z } from 'zod';
import { instantSchema } from './common';
import { OWED_BY } from './commitment';

export const REMINDER_SOURCES = ['cadence', 'commitment', 'health', 'renewal', 'intent'] as const;
export type ReminderSource = (typeof REMINDER_SOURCES)[number];

/** The workspace tabs a reminder can open (the Attention screen's tabs). */
export const REMINDER_TABS = ['overview', 'intent', 'cadences', 'commitments', 'health', 'value'] as const;

/**
 * What a reminder is about, as plain facts: its words are computed from these and the
 * moment it is shown (shared/reminders/text.ts), so the centre never repeats a stale
 * "Due today" or preparation for a meeting that has started. Days are yyyy-MM-dd.
 */
export const reminderFactsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('meeting'), cadenceName: z.string(), startsAt: z.string(), isMoved: z.boolean() }),
  z.object({ kind: z.literal('commitment'), title: z.string(), owedBy: z.enum(OWED_BY), dueOn: z.string() }),
  z.object({ kind: z.literal('renewal'), endsOn: z.string() }),
  z.object({ kind: z.literal('health'), dueOn: z.string(), lastOn: z.string().optional() }),
  z.object({ kind: z.literal('intent'), agreedOn: z.string() }),
  z.object({ kind: z.literal('flexible'), cadenceName: z.string(), idealOn: z.string(), maxOn: z.string(), lastHeldOn: z.string().optional() }),
]);
export type ReminderFacts = z.output<typeof reminderFactsSchema>;

/**
 * What the notification said, kept on the ledger row so the notification centre can
 * show it later; part of the backup so a restore keeps the centre's titles.
 */
export const reminderDisplaySchema = z.object({
  title: z.string(),
  body: z.string(),
  source: z.enum(REMINDER_SOURCES),
  fireAt: z.string(),
  target: z.object({ partnershipId: z.string(), tab: z.enum(REMINDER_TABS), itemId: z.string().optional() }),
  /** Written since reminders' words follow the clock; rows without it show the title and body as delivered. */
  facts: reminderFactsSchema.optional(),
});
export type ReminderDisplay = z.output<typeof reminderDisplaySchema>;

export interface ReminderState {
  readonly key: string;
  readonly partnershipId: string;
  readonly deliveredAt?: string;
  readonly snoozedUntil?: string;
  readonly dismissedAt?: string;
  readonly doneAt?: string;
  readonly readAt?: string;
  readonly updatedAt: string;
  /** Written by the scheduler when it delivers; older rows and hand-made ones have none. */
  readonly display?: ReminderDisplay;
}

export const reminderStateSchema = z.object({
  key: z.string().min(3),
  partnershipId: z.string(),
  deliveredAt: instantSchema.optional(),
  snoozedUntil: instantSchema.optional(),
  dismissedAt: instantSchema.optional(),
  doneAt: instantSchema.optional(),
  readAt: instantSchema.optional(),
  updatedAt: instantSchema,
  display: reminderDisplaySchema.optional(),
});

export function reminderKey(source: ReminderSource, sourceId: string, occurrence: string): string {
  return `${source}:${sourceId}:${occurrence}`;
}
