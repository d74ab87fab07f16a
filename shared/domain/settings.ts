import { z } from 'zod';
import { DATE_STYLES } from '../dates';
import { currencyCodeSchema, optionalText, timeZoneSchema } from './common';
import { DEFAULT_STAGES, stageListSchema } from './value';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time as HH:MM.');
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const settingsInputSchema = z.object({
  organisationName: optionalText('Organisation name', 120),
  userName: optionalText('Your name', 120),
  timeZone: timeZoneSchema,
  workingDays: z.array(z.enum(WEEKDAYS)).min(1, 'Pick at least one working day.'),
  workdayStart: time,
  workdayEnd: time,
  quietHoursEnabled: z.boolean(),
  quietStart: time,
  quietEnd: time,
  cadenceLeadMinutes: z.number().int().min(0, 'Cannot be negative.').max(20160, 'At most two weeks.'),
  commitmentLeadDays: z.number().int().min(0, 'Cannot be negative.').max(60, 'At most 60 days.'),
  healthCheckIntervalDays: z.number().int().min(7, 'At least 7 days.').max(365, 'At most 365 days.'),
  closeToTray: z.boolean(),
  launchAtLogin: z.boolean(),
  backupIntervalHours: z.number().int().min(1, 'At least every hour.').max(24 * 30, 'At most every 30 days.'),
  backupKeep: z.number().int().min(1, 'Keep at least one backup.').max(100, 'Keep at most 100.'),
  /** How dates are written on screen and in exports; 'locale' follows the system's language. Optional so older rows and backups parse. */
  dateFormat: z.enum(DATE_STYLES).default('locale'),
  /** Partnerships whose reminders are muted (set from the partnership header, not the settings form). */
  mutedPartnershipIds: z.array(z.string()).default([]),
  /** What value reports convert amounts to (with the exchange rates the user enters). Optional so older rows and backups parse. */
  reportingCurrency: currencyCodeSchema.default('USD'),
  /** The pipeline's stages, in order, each open, won or lost. */
  opportunityStages: stageListSchema.default(DEFAULT_STAGES.map((s) => ({ ...s }))),
});

export type SettingsInput = z.input<typeof settingsInputSchema>;
export type Settings = z.output<typeof settingsInputSchema> & { readonly id: 'settings'; readonly updatedAt: string };

/** Sensible defaults for a first run; the zone is the machine's, passed in. */
export function defaultSettings(timeZone: string): z.output<typeof settingsInputSchema> {
  return {
    organisationName: '',
    userName: '',
    timeZone,
    workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
    workdayStart: '09:00',
    workdayEnd: '17:30',
    quietHoursEnabled: true,
    quietStart: '20:00',
    quietEnd: '08:00',
    cadenceLeadMinutes: 60,
    commitmentLeadDays: 2,
    healthCheckIntervalDays: 90,
    closeToTray: true,
    launchAtLogin: false,
    backupIntervalHours: 24,
    backupKeep: 10,
    dateFormat: 'locale',
    mutedPartnershipIds: [],
    reportingCurrency: 'USD',
    opportunityStages: DEFAULT_STAGES.map((s) => ({ ...s })),
  };
}
