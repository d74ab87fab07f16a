import { z } from 'zod';
import { DATE_STYLES } from '../dates';
import { currencyCodeSchema, optionalText, requiredText, timeZoneSchema } from './common';
import { DEFAULT_STAGES, stageListSchema } from './value';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time as HH:MM.');
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * A team sync server's address: ws:// or wss://, a host and maybe a port, nothing after (the
 * server answers at its root; the app's CSP allows exactly this origin).
 */
export const teamServerUrlSchema = z
  .string()
  .trim()
  .min(1, 'Enter the team server’s address, e.g. wss://sync.example.com.')
  .refine((value) => /^wss?:\/\/[^/\s?#@]+\/?$/i.test(value) && URL.canParse(value), 'Enter an address starting with ws:// or wss://, a host and maybe a port, e.g. wss://sync.example.com:1234.');

/**
 * The team this machine syncs with (issue 17): where its server is and the member's name on
 * this machine's edits. The invitation token is a secret and is not here: it is kept in the
 * database's meta table, which is never backed up, exported or restored.
 */
export const teamSettingsSchema = z.object({
  serverUrl: teamServerUrlSchema,
  memberName: requiredText('Your name in the team', 120),
});
export type TeamSettings = z.output<typeof teamSettingsSchema>;

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
  /** The team sync server this machine joined (Settings → Team); absent for the single-user app. */
  team: teamSettingsSchema.optional(),
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
