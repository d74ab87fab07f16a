// The quick check a restore runs before the schemas (shared/backup/recordCheck.ts) may only
// ever say yes where the schema says yes and gives the record back unchanged; then the file
// is refused exactly as before, with the same messages. Proven over every kind of record of a
// real export and over a battery of damaged fields and files.
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { samplePortfolio } from '@shared/sample/portfolioGenerator';
import type { BackupData, BackupTable } from '@shared/backup/format';
import { BACKUP_TABLE_SCHEMAS, BACKUP_TABLES, emptyBackupData, serializeBackup } from '@shared/backup/format';
import { parseBackup, parseBackupBySchemas } from '@shared/backup/parse';
import { compileRecordCheck } from '@shared/backup/recordCheck';
import { cadenceFieldsSchema, cadenceSchema, daySchema, defaultSettings, localDateTimeSchema, timeZoneSchema } from '@shared/domain';

const META = { exportedAt: '2027-01-14T12:00:00.000Z', app: { name: 'Steward', version: '0.1.0' } } as const;
const AT = '2027-01-10T08:00:00.000Z';

type Row = Record<string, unknown>;

/** The sample portfolio with a record in every table the sample leaves empty. */
function fullData(): BackupData {
  const sample = samplePortfolio('2027-01-14');
  const partnershipId = sample.partnerships[0]!.id;
  const cadence = sample.cadences.find((c) => c.partnershipId === partnershipId)!;
  const base = { createdAt: AT, updatedAt: AT };
  const extra = {
    meetingPreps: [{ id: 'prep-1', ...base, partnershipId, cadenceId: cadence.id, occurrence: '2027-01-20T09:00:00.000Z', title: 'Steering', agenda: ['Pipeline', 'Risks'], notes: '' }],
    reviewSummaries: [{ id: 'sum-1', ...base, partnershipId, quarter: '2026-Q4', wins: 'Two launches', risks: '', asks: 'Intro to finance' }],
    exchangeRates: [{ id: 'rate-1', ...base, from: 'EUR', to: 'USD', rate: 1.08, asOf: '2027-01-02' }],
    reminders: [
      { key: `cadence:${cadence.id}:2027-01-14T09:00`, partnershipId, deliveredAt: AT, updatedAt: AT },
      {
        key: `commitment:c1:2027-01-15`,
        partnershipId,
        deliveredAt: AT,
        readAt: AT,
        updatedAt: AT,
        display: { title: 'Due', body: 'Send the deck', source: 'commitment', fireAt: AT, target: { partnershipId, tab: 'commitments' }, facts: { kind: 'commitment', title: 'Send the deck', owedBy: 'us', dueOn: '2027-01-15' } },
      },
    ],
    settings: [
      { id: 'settings', updatedAt: AT, ...defaultSettings('Europe/London'), organisationName: 'Northwind', userName: 'Priya' },
    ],
  };
  return { ...emptyBackupData(), ...sample, ...extra } as unknown as BackupData;
}

/** `data` with the records of its first partnership only: a small file, still whole (every reference resolves). */
function onePartnership(full: BackupData): BackupData {
  const kept = full.partnerships[0]!.id as string;
  const own = (rows: readonly unknown[]) => (rows as Row[]).filter((r) => r.partnershipId === undefined || r.partnershipId === kept);
  return Object.fromEntries(BACKUP_TABLES.map((t) => [t, own(full[t])])) as unknown as BackupData;
}

/** Values a damaged or hand-edited file may hold in any field. */
function damagedValues(value: unknown): unknown[] {
  const texts = [41, 61, 101, 121, 201, 501, 5001].map((n) => 'x'.repeat(n));
  const common = [null, 0, -1, 1.5, 1e9, Number.NaN, Number.POSITIVE_INFINITY, '', ' ', ' x', 'x ', true, [], {}, ['x'], [''], [1], ...texts];
  const dates = ['2027-02-30', '2027-1-5', '20270105', '2027-01-14T25:00', '2027-01-14T09:00', '2027-01-14T09:00:00Z', '2027-01-14T09:00:00.000+01:00', '2027-13-01T00:00:00.000Z'];
  const zones = ['Mars/Olympus_Mons', ' Europe/Paris', 'europe/paris', 'UTC', 'Asia/Calcutta'];
  const rules = ['FREQ=WEEKLY;BYDAY=XX', 'FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=31', 'FREQ=WEEKLY;UNTIL=20000101T000000Z', 'FREQ=DAILY;;', ' FREQ=DAILY', 'freq=daily', 'FREQ=WEEKLY;BYWEEKNO=3'];
  const words = ['usd', 'EURO', 'eur', '2026-Q5', 'us', 'them', 'open', 'held', 'ops sync'];
  const variants: unknown[] = [...common, ...dates, ...zones, ...rules, ...words];
  if (typeof value === 'string') variants.push(`${value} `, ` ${value}`, value.toUpperCase(), value.toLowerCase(), value.slice(1), `${value}${value}`);
  if (typeof value === 'number') variants.push(value + 0.5, -value, value * 1000, value - 1);
  if (Array.isArray(value)) variants.push([...value, ...value], [...value, ''], [...value, 7], value.slice(1), [{ ...(value[0] as object) }]);
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) for (const key of Object.keys(value)) variants.push({ ...value, [key]: undefined }, { ...value, extra: 1 });
  return variants;
}

/** Every record changed in one field (or one field dropped, or one key added). */
function* damagedRows(row: Row): Generator<Row> {
  yield { ...row, extra: 'kept?' };
  for (const key of Object.keys(row)) {
    const { [key]: _dropped, ...without } = row;
    yield without;
    for (const value of damagedValues(row[key])) yield { ...row, [key]: value };
  }
}

/** Each table's record with the most fields (its optional ones set), the one damaging reaches furthest. */
function widestRow(rows: readonly unknown[]): Row {
  return [...(rows as Row[])].sort((a, b) => Object.keys(b).length - Object.keys(a).length)[0]!;
}

let data: BackupData;
let text: string;

beforeAll(() => {
  data = fullData();
  text = serializeBackup(data, META);
});

/** The record checks as parseBackup makes them (recordCheck.ts with the zone, day and local time remembered). */
const REMEMBERED = new Set<z.core.$ZodType>([timeZoneSchema, daySchema, localDateTimeSchema]);

describe('the quick record check', () => {
  it('vouches for every record of a clean export except where the schema itself changes it', () => {
    const file = JSON.parse(text) as { data: Record<BackupTable, Row[]> };
    for (const table of BACKUP_TABLES) {
      const check = compileRecordCheck(BACKUP_TABLE_SCHEMAS[table], { remembered: REMEMBERED });
      const rows = file.data[table];
      expect(rows.length, table).toBeGreaterThan(0);
      // Left to the schema: intent versions' goals (an intersection) and a reminder's facts (a union of records).
      // So are the settings, whose schema fills in defaults and upper-cases the currency.
      const leftToSchema = table === 'intentVersions' || table === 'settings' ? rows.length : table === 'reminders' ? rows.filter((r) => r.display !== undefined).length : 0;
      expect(rows.filter((r) => check(r)).length, table).toBe(rows.length - leftToSchema);
    }
  });

  it('says yes only where the schema accepts the record and returns it unchanged, over damaged fields of every table', () => {
    const file = JSON.parse(text) as { data: Record<BackupTable, Row[]> };
    let vouched = 0;
    let refused = 0;
    for (const table of BACKUP_TABLES) {
      const schema: z.ZodType = BACKUP_TABLE_SCHEMAS[table];
      const check = compileRecordCheck(schema, { remembered: REMEMBERED });
      for (const damaged of damagedRows(widestRow(file.data[table]))) {
        const parsed = schema.safeParse(damaged);
        if (!parsed.success) refused += 1;
        if (!check(damaged)) continue;
        vouched += 1;
        expect(parsed.success, `${table}: ${JSON.stringify(damaged)}`).toBe(true);
        expect(parsed.data, table).toStrictEqual(damaged);
      }
    }
    // The battery does reach both sides: records the check takes and records the schema refuses.
    expect(vouched).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(1000);
  });

  it('leaves a text the schema trims, a default it fills in and a key it drops to the schema', () => {
    const check = compileRecordCheck(BACKUP_TABLE_SCHEMAS.cadences, { remembered: REMEMBERED });
    const cadence = JSON.parse(JSON.stringify(data.cadences[0])) as Row;
    expect(check(cadence)).toBe(true);
    expect(check({ ...cadence, zone: ` ${String(cadence.zone)}` })).toBe(false);
    expect(check({ ...cadence, surplus: 1 })).toBe(false);
    const settings = compileRecordCheck(BACKUP_TABLE_SCHEMAS.settings);
    const { reportingCurrency: _filled, ...withoutCurrency } = JSON.parse(JSON.stringify(data.settings[0])) as Row;
    expect(settings(withoutCurrency)).toBe(false);
  });

  it('checks a cadence as cadenceSchema does: its fields, then the schedule they make together (no other check)', () => {
    const fields = cadenceFieldsSchema._zod.def.shape;
    expect(Object.keys(cadenceSchema._zod.def.shape)).toEqual(Object.keys(fields));
    for (const [key, field] of Object.entries(cadenceSchema._zod.def.shape)) expect(field, key).toBe(fields[key as keyof typeof fields]);
    expect(cadenceSchema._zod.def.checks).toHaveLength(1);
    expect(cadenceFieldsSchema._zod.def.checks ?? []).toHaveLength(0);
  });
});

/** Mulberry32: a fixed sequence, so every run damages the same files the same way. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('parseBackup with the quick check refuses exactly what the schemas alone refuse', () => {
  it('gives the same answer, problems and messages as parseBackupBySchemas for damaged files', () => {
    const small = onePartnership(data);
    const text = serializeBackup(small, META);
    const random = seeded(14);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const filled = BACKUP_TABLES.filter((t) => small[t].length > 0);
    const files: string[] = [text];
    for (let i = 0; i < 30; i += 1) {
      const file = JSON.parse(text) as { data: Record<BackupTable, unknown[]> };
      // One to five damaged records, anywhere in the file.
      for (let n = 1 + Math.floor(random() * 5); n > 0; n -= 1) {
        const table = pick(filled);
        const rows = file.data[table];
        const index = Math.floor(random() * rows.length);
        const damaged = [...damagedRows(rows[index] as Row)];
        rows[index] = pick(damaged);
      }
      files.push(JSON.stringify(file));
    }
    let refusedFiles = 0;
    for (const file of files) {
      const quick = parseBackup(file);
      expect(quick).toStrictEqual(parseBackupBySchemas(file));
      if (!quick.ok) refusedFiles += 1;
    }
    expect(refusedFiles).toBeGreaterThan(15);
  });

  it('refuses a never-happening schedule and an unknown zone with the schemas’ own messages', () => {
    const file = JSON.parse(serializeBackup(onePartnership(data), META)) as { data: Record<BackupTable, Row[]> };
    const fixed = file.data.cadences.findIndex((c) => c.mode === 'fixed');
    file.data.cadences[fixed] = { ...file.data.cadences[fixed], rrule: 'FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=31' };
    file.data.cadences[fixed + 1] = { ...file.data.cadences[fixed + 1], zone: 'Mars/Olympus_Mons' };
    const damaged = JSON.stringify(file);
    const result = parseBackup(damaged);
    expect(result.ok).toBe(false);
    expect(result).toStrictEqual(parseBackupBySchemas(damaged));
    if (result.ok) return;
    expect(result.errors.join('\n')).toMatch(/FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=31": it never produces an occurrence/);
    expect(result.errors.join('\n')).toMatch(/Unknown time zone "Mars\/Olympus_Mons"/);
  });
});
