// The delivery ledger: one row per reminder occurrence, keyed
// `source:sourceId:occurrence`, which is what makes delivery idempotent.
import { z } from 'zod';
import { instantSchema } from './common';

export const REMINDER_SOURCES = ['cadence', 'commitment', 'health', 'renewal', 'intent'] as const;
export type ReminderSource = (typeof REMINDER_SOURCES)[number];

export interface ReminderState {
  readonly key: string;
  readonly partnershipId: string;
  readonly deliveredAt?: string;
  readonly snoozedUntil?: string;
  readonly dismissedAt?: string;
  readonly doneAt?: string;
  readonly readAt?: string;
  readonly updatedAt: string;
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
});

export function reminderKey(source: ReminderSource, sourceId: string, occurrence: string): string {
  return `${source}:${sourceId}:${occurrence}`;
}
