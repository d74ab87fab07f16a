// Building blocks every entity schema shares: ids, day and instant strings,
// the record envelope, and turning a schema failure into per-field messages.
import { z } from 'zod';
import { assertTimeZone, parseLocalDateTime } from '../timezones';
import type { ZoneCache } from '../timezones';

export type Brand<T, B extends string> = T & { readonly __brand: B };
export type Id<B extends string> = Brand<string, B>;

/** Makes ids: each call a new one (see createIdGenerator). */
export type IdGenerator = <B extends string>() => Id<B>;

/**
 * Collision-safe ids, ready for replication (no counter shared between machines): UUID
 * version 7, the creation millisecond (from `clock`) followed by random bits. The ids one
 * generator makes also sort in the order they were made (a 12-bit sequence within a
 * millisecond), so records written in one transaction, which share their `createdAt`, keep
 * the order they were typed in when sorted by it and then by id. The sequence lives in the
 * generator, not here: the renderer keeps one for the page (renderer/db/ids.ts).
 */
export function createIdGenerator(clock: () => number): IdGenerator {
  let lastIdMs = 0;
  let idSequence = 0;
  return <B extends string>(): Id<B> => {
    const now = clock();
    if (now > lastIdMs) {
      lastIdMs = now;
      idSequence = 0;
    } else if (++idSequence > 0xfff) {
      lastIdMs += 1; // more than 4096 in a millisecond (or a clock set back): borrow the next one
      idSequence = 0;
    }
    const random = globalThis.crypto.getRandomValues(new Uint8Array(8));
    random[0] = (random[0]! & 0x3f) | 0x80; // the RFC 9562 variant
    const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');
    const time = hex(lastIdMs, 12);
    const tail = [...random].map((b) => hex(b, 2)).join('');
    return `${time.slice(0, 8)}-${time.slice(8)}-7${hex(idSequence, 3)}-${tail.slice(0, 4)}-${tail.slice(4)}` as Id<B>;
  };
}

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** True when `value` is a real calendar day written `yyyy-MM-dd`. */
export function isDay(value: string): boolean {
  if (!DAY_PATTERN.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const daySchema = z.string().refine(isDay, 'Enter a date as YYYY-MM-DD.');
export const optionalDaySchema = z.union([daySchema, z.literal('')]).optional();

export const instantSchema = z
  .string()
  .refine((v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(v) && !Number.isNaN(Date.parse(v)), 'Expected an ISO-8601 UTC instant.');

/** True when the runtime's zone database knows `zone` (an IANA name such as Europe/Berlin); the cache keeps the formatter it builds. */
export function isTimeZone(zone: string, cache?: ZoneCache): boolean {
  try {
    assertTimeZone(zone, cache);
    return true;
  } catch {
    return false;
  }
}

/** A zone the app can compute with: refusing "Mars/Olympus_Mons" here keeps schedules buildable. */
export const timeZoneSchema = z
  .string()
  .trim()
  .min(1, 'Choose a time zone.')
  .refine(isTimeZone, { error: (issue) => `Unknown time zone ${JSON.stringify(issue.input)}: choose an IANA zone such as America/New_York.` });

/** True when `value` is a real local date and time written `yyyy-MM-ddTHH:mm` (no Feb 30, no 25:61). */
export function isLocalDateTime(value: string): boolean {
  try {
    parseLocalDateTime(value);
    return true;
  } catch {
    return false;
  }
}

const localDateTimeProblem = (input: unknown) =>
  input === '' ? 'Enter a start date and time.' : `Enter a real date and time (yyyy-MM-ddTHH:mm), e.g. 2027-01-14T09:00; ${JSON.stringify(input)} is not one.`;

/** The pattern stays (it is what the published JSON Schema can say); the refinement adds "a real calendar value". */
export const localDateTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: (issue) => localDateTimeProblem(issue.input), abort: true })
  .refine(isLocalDateTime, { error: (issue) => localDateTimeProblem(issue.input) });

/** An ISO 4217 code as people type it ("usd" becomes "USD"). */
export const currencyCodeSchema = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .refine((v) => /^[A-Z]{3}$/.test(v), 'Use a three-letter currency code such as USD or EUR.');

export const idSchema = z.string().min(1, 'Missing id.').max(100);

/** Fields every stored record carries (DESIGN.md "Domain"). */
export const recordFields = {
  id: idSchema,
  createdAt: instantSchema,
  updatedAt: instantSchema,
  deletedAt: instantSchema.optional(),
};

export interface RecordBase {
  readonly id: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly deletedAt?: string;
}

export const requiredText = (label: string, max = 200) =>
  z.string().trim().min(1, `${label} is required.`).max(max, `${label} must be at most ${max} characters.`);

export const optionalText = (label: string, max = 5000) =>
  z.string().trim().max(max, `${label} must be at most ${max} characters.`).default('');

export const oneOf = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.enum(values, { error: () => `Choose ${label} from the list.` });

/** Per-field messages, keyed by the dotted path of the field ("goals.0.target"). */
export type FieldErrors = Readonly<Record<string, string>>;

export type Validation<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: FieldErrors };

export function validate<S extends z.ZodType>(schema: S, input: unknown): Validation<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    errors[key] ??= issue.message;
  }
  return { ok: false, errors };
}

/** Thrown by repositories when input does not validate; carries the field messages. */
export class ValidationError extends Error {
  constructor(readonly errors: FieldErrors) {
    super(Object.values(errors)[0] ?? 'Invalid input.');
    this.name = 'ValidationError';
  }
}

export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = validate(schema, input);
  if (!result.ok) throw new ValidationError(result.errors);
  return result.value;
}

/** Whether a field may leave in a partner-safe export (DESIGN.md principle 3). */
export type Visibility = 'shared' | 'internal';
