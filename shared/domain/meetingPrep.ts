// A meeting's preparation: the agenda (shared with the partner in the pre-read) and our
// private notes, kept with the occurrence it prepares. A cadence's meeting is identified
// by the cadence and its planned instant; an ad-hoc meeting by its own id and start.
import { z } from 'zod';
import type { Id, RecordBase, Visibility } from './common';
import { idSchema, instantSchema, optionalText, recordFields } from './common';

export type MeetingPrepId = Id<'MeetingPrep'>;

export const AGENDA_ITEM_MAX = 500;
export const AGENDA_MAX_ITEMS = 60;

const agendaItemSchema = z.string().trim().min(1, 'An agenda item cannot be empty.').max(AGENDA_ITEM_MAX, `An agenda item must be at most ${AGENDA_ITEM_MAX} characters.`);

export const meetingPrepInputSchema = z
  .object({
    partnershipId: idSchema,
    /** '' for an ad-hoc meeting. */
    cadenceId: z.string().default(''),
    /** The planned instant of the cadence's occurrence (ISO UTC), or the ad-hoc meeting's start. */
    occurrence: instantSchema,
    /** An ad-hoc meeting's title (a cadence's meeting is named by its cadence). */
    title: optionalText('Title', 200),
    agenda: z.array(agendaItemSchema).max(AGENDA_MAX_ITEMS, `At most ${AGENDA_MAX_ITEMS} agenda items.`).default([]),
    notes: optionalText('Preparation notes', 20000),
  })
  .refine((p) => p.cadenceId !== '' || p.title !== '', { message: 'Give the meeting a title.', path: ['title'] });

export type MeetingPrepInput = z.input<typeof meetingPrepInputSchema>;

export interface MeetingPrep extends RecordBase {
  readonly id: MeetingPrepId;
  readonly partnershipId: string;
  readonly cadenceId: string;
  readonly occurrence: string;
  readonly title: string;
  readonly agenda: readonly string[];
  readonly notes: string;
}

export const meetingPrepSchema = z.object({
  ...recordFields,
  partnershipId: idSchema,
  cadenceId: z.string(),
  occurrence: instantSchema,
  title: z.string(),
  agenda: z.array(z.string()),
  notes: z.string(),
});

export const MEETING_PREP_VISIBILITY = {
  partnershipId: 'shared',
  cadenceId: 'internal',
  occurrence: 'shared',
  title: 'shared',
  agenda: 'shared',
  notes: 'internal', // private preparation: never in a partner pre-read
} as const satisfies Record<keyof MeetingPrepInput, Visibility>;
