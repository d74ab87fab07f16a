import { beforeAll, describe, expect, it } from 'vitest';
import { samplePortfolio } from '@shared/sample/portfolioGenerator';
import type { BackupData, BackupTable } from '@shared/backup/format';
import { BACKUP_FORMAT_VERSION, BACKUP_SCHEMA_VERSION, BACKUP_TABLES, emptyBackupData, serializeBackup } from '@shared/backup/format';
import { parseBackup } from '@shared/backup/parse';
import { DEFAULT_STAGES } from '@shared/domain';

const META = { exportedAt: '2027-01-14T12:00:00.000Z', app: { name: 'Steward', version: '0.1.0' } } as const;
const SETTINGS = {
  id: 'settings',
  updatedAt: '2027-01-10T08:00:00.000Z',
  organisationName: 'Northwind',
  userName: 'Priya',
  timeZone: 'Europe/London',
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
} as const;

let data: BackupData;
let text: string;

beforeAll(() => {
  const sample = samplePortfolio('2027-01-14');
  const reminders = [{ key: `cadence:${sample.cadences[0]!.id}:2027-01-14T09:00`, partnershipId: sample.partnerships[0]!.id, deliveredAt: '2027-01-14T08:00:00.000Z', updatedAt: '2027-01-14T08:00:00.000Z' }];
  data = { ...emptyBackupData(), ...sample, reminders, settings: [{ ...SETTINGS, workingDays: [...SETTINGS.workingDays], mutedPartnershipIds: [], reportingCurrency: 'USD', opportunityStages: [...DEFAULT_STAGES] }] };
  text = serializeBackup(data, META);
});

type Row = Record<string, unknown>;
type RawFile = Row & { data: Record<BackupTable, Row[]> & Row };

/** The sample file, parsed as plain JSON, changed by `edit`, written back. */
function edited(edit: (file: RawFile) => void): string {
  const file = JSON.parse(text) as RawFile;
  edit(file);
  return JSON.stringify(file);
}

function errorsOf(input: string, maxBytes?: number): readonly string[] {
  const result = parseBackup(input, maxBytes === undefined ? {} : { maxBytes });
  if (result.ok) throw new Error('expected the backup to be refused');
  return result.errors;
}

describe('parseBackup accepts a real export', () => {
  it('reads back every table of the sample portfolio unchanged, with counts and export time', () => {
    const result = parseBackup(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup.data).toEqual(data);
    expect(result.exportedAt).toBe(META.exportedAt);
    expect(result.backup.app).toEqual(META.app);
    for (const table of BACKUP_TABLES) expect(result.summary[table], table).toBe(data[table].length);
    expect(result.summary.partnerships).toBe(7);
  });

  it('writes one record per line, and reads back exactly what was written (empty tables and newlines in text included)', () => {
    const tricky = { ...data, decisions: [], touchpoints: data.touchpoints.map((t, i) => (i === 0 ? { ...t, summary: 'Line one\nline two "quoted"\n\tend — ✓' } : t)) };
    const written = serializeBackup(tricky, META);
    const file = { format: 'steward-backup', formatVersion: BACKUP_FORMAT_VERSION, schemaVersion: BACKUP_SCHEMA_VERSION, exportedAt: META.exportedAt, app: META.app, data: Object.fromEntries(BACKUP_TABLES.map((t) => [t, tricky[t]])) };
    expect(JSON.parse(written)).toEqual(file);
    const lines = written.split('\n');
    const recordLines = lines.filter((line) => line.startsWith('      {'));
    expect(recordLines).toHaveLength(BACKUP_TABLES.reduce((n, t) => n + tricky[t].length, 0));
    expect(recordLines[0]).toBe(`      ${JSON.stringify(tricky.partnerships[0])},`);
    expect(lines).toContain('    "decisions": [],');
    expect(JSON.parse(serializeBackup(emptyBackupData(), META))).toEqual({ ...file, data: emptyBackupData() });
  });

  it('writes the envelope first, as pretty JSON with a final newline', () => {
    expect(text.startsWith(`{\n  "format": "steward-backup",\n  "formatVersion": 1,\n  "schemaVersion": ${BACKUP_SCHEMA_VERSION},\n  "exportedAt"`)).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('accepts an empty database', () => {
    const result = parseBackup(serializeBackup(emptyBackupData(), META));
    expect(result.ok && Object.values(result.summary).every((n) => n === 0)).toBe(true);
  });
});

describe('parseBackup refuses bad files with a clear message', () => {
  it('an empty file', () => {
    expect(errorsOf('  \n')).toEqual(['The file is empty.']);
  });

  it('text that is not JSON', () => {
    expect(errorsOf('name,partner\nAcme,Bolt\n')[0]).toMatch(/^The file is not JSON: /);
  });

  it('a file cut off part-way', () => {
    for (const cut of [text.slice(0, 1000), text.slice(0, text.length - 3), text.slice(0, text.indexOf('"id"') + 3)]) {
      expect(errorsOf(cut)[0]).toMatch(/^The file is incomplete JSON: it ends too early/);
    }
  });

  it('JSON that is not a backup at all', () => {
    expect(errorsOf('[1, 2, 3]')[0]).toMatch(/^This is not a Steward backup/);
    expect(errorsOf('{"hello": "world"}')).toEqual(['This is not a Steward backup: it has no "format": "steward-backup".']);
    expect(errorsOf(edited((f) => (f.format = 'other-app-backup')))).toEqual(['This is not a Steward backup: its format is "other-app-backup", expected "steward-backup".']);
  });

  it('a backup from a newer Steward', () => {
    const [error] = errorsOf(edited((f) => (f.formatVersion = BACKUP_FORMAT_VERSION + 1)));
    expect(error).toMatch(/made by a newer Steward \(backup format version 2; this Steward reads version 1\)\. Update Steward/);
    const newer = BACKUP_SCHEMA_VERSION + 1;
    expect(errorsOf(edited((f) => (f.schemaVersion = newer)))[0]).toMatch(new RegExp(`made by a newer Steward \\(database schema version ${newer}`));
  });

  it('a backup whose settings predate the date format reads them with the locale format', () => {
    const result = parseBackup(edited((f) => delete f.data.settings[0]!.dateFormat));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.backup.data.settings[0]?.dateFormat).toBe('locale');
  });

  it('a backup written at database schema version 1 (same records, fewer indexes) is read as the current version', () => {
    const result = parseBackup(edited((f) => (f.schemaVersion = 1)));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.backup.schemaVersion).toBe(BACKUP_SCHEMA_VERSION);
  });

  it('a backup written at schema version 5 or earlier has each stakeholder\'s one role read as a list of that role', () => {
    const oneRole = (f: RawFile) => (f.data.stakeholders = f.data.stakeholders.map(({ roles, ...rest }) => ({ ...rest, role: (roles as string[]).at(-1) })));
    const result = parseBackup(edited((f) => ((f.schemaVersion = 5), oneRole(f))));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.backup.data.stakeholders.map((s) => s.roles)).toEqual(data.stakeholders.map((s) => [s.roles.at(-1)]));
    expect(result.backup.data.stakeholders.some((s) => 'role' in s)).toBe(false);
  });

  it('a backup written at schema version 9 has no reviewSummaries table: it is read with none, every other table kept', () => {
    const result = parseBackup(edited((f) => ((f.schemaVersion = 9), delete (f.data as Row).reviewSummaries)));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.backup.data.reviewSummaries).toEqual([]);
    expect(result.backup.data.goalMeasurements).toEqual(data.goalMeasurements);
    expect(result.backup.data.partnerships).toEqual(data.partnerships);
  });

  it('a backup at schema version 10 must carry its reviewSummaries table', () => {
    expect(errorsOf(edited((f) => delete (f.data as Row).reviewSummaries))).toEqual(['The backup\'s table "reviewSummaries" is missing or is not a list of records.']);
  });

  it('a backup at schema version 6 must carry roles: one role alone is refused, naming the record', () => {
    const id = data.stakeholders[0]!.id;
    const errors = errorsOf(edited((f) => {
      const { roles, ...rest } = f.data.stakeholders[0]!;
      f.data.stakeholders[0] = { ...rest, role: (roles as string[])[0] };
    }));
    expect(errors).toEqual([`Table stakeholders, record 0 (id "${id}"), field roles: Choose at least one alliance role.`]);
  });

  it('an older, unsupported or nonsense version', () => {
    expect(errorsOf(edited((f) => (f.formatVersion = 0)))[0]).toMatch(/backup format version 0 is older than this Steward supports/);
    expect(errorsOf(edited((f) => (f.schemaVersion = 0)))[0]).toMatch(/database schema version 0 is older than this Steward supports \(version 1 or later\)/);
    expect(errorsOf(edited((f) => (f.formatVersion = '1')))[0]).toMatch(/backup format version is missing or is not a whole number/);
  });

  it('a file over the size limit, before parsing it', () => {
    expect(errorsOf(text, 1024 * 1024)[0]).toMatch(/^The file is too large \(\d+(\.\d)? MB\); a backup may be at most 1 MB\.$/);
  });

  it('a bad header: missing export time, a missing table', () => {
    expect(errorsOf(edited((f) => delete f.exportedAt))[0]).toMatch(/^The backup's exportedAt is invalid/);
    expect(errorsOf(edited((f) => Reflect.deleteProperty(f.data, 'reminders')))).toEqual(['The backup\'s table "reminders" is missing or is not a list of records.']);
    expect(errorsOf(edited((f) => (f.data.extras = []))))
      .toEqual(['The backup holds tables this version does not know: extras.']);
  });

  it('a record with a bad field, naming the table, index, id and field', () => {
    const errors = errorsOf(edited((f) => (f.data.commitments[3]!.owedBy = 'nobody')));
    const id = data.commitments[3]!.id;
    expect(errors).toEqual([`Table commitments, record 3 (id "${id}"), field owedBy: Invalid option: expected one of "us"|"partner"|"joint"`]);
    const nested = errorsOf(edited((f) => ((f.data.healthChecks[0]!.scores as { score: number }[])[1]!.score = 9)));
    expect(nested[0]).toMatch(/^Table healthChecks, record 0 \(id ".+"\), field scores\.1\.score: Score from 1 to 5\.$/);
    expect(errorsOf(edited((f) => (f.data.partnerships[0]!.updatedAt = 'yesterday')))[0]).toMatch(/field updatedAt: Expected an ISO-8601 UTC instant\./);
  });

  it('a record that is not an object', () => {
    expect(errorsOf(edited((f) => (f.data.decisions[2] = null as unknown as Row)))[0]).toBe('Table decisions, record 2: expected a record (an object), found null.');
  });

  it('two records with the same id', () => {
    const errors = errorsOf(edited((f) => f.data.stakeholders.push({ ...f.data.stakeholders[0]! })));
    expect(errors).toEqual([`Table stakeholders, record ${data.stakeholders.length} (id "${data.stakeholders[0]!.id}"): the id is used twice in this table.`]);
  });

  it('children pointing at a partnership or cadence not in the file', () => {
    const orphan = errorsOf(edited((f) => (f.data.touchpoints[5]!.partnershipId = 'gone')));
    expect(orphan).toEqual([`Table touchpoints, record 5 (id "${data.touchpoints[5]!.id}"), field partnershipId: points at partnership "gone", which is not in the backup.`]);
    expect(errorsOf(edited((f) => (f.data.occurrences[0]!.cadenceId = 'gone')))[0]).toMatch(/field cadenceId: points at cadence "gone"/);
  });

  it('more than one settings record', () => {
    expect(errorsOf(edited((f) => f.data.settings.push({ ...f.data.settings[0]!, id: 'settings2' })))[0]).toMatch(/^Table settings, record 1 \(id "settings2"\), field id/);
  });

  it('prototype-pollution keys anywhere in the file', () => {
    const hostile = text.replace('"purpose":', '"__proto__": { "isAdmin": true }, "purpose":');
    expect(errorsOf(hostile)).toEqual([expect.stringMatching(/^Refused: the file contains the key "__proto__" at data\.intentVersions\[\d+\], which a backup never has/)]);
    expect(errorsOf('{"constructor": {"prototype": {}}, "format": "steward-backup"}')[0]).toMatch(/key "constructor" at \(top level\)/);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('stops listing after 50 problems', () => {
    const errors = errorsOf(edited((f) => f.data.activity.forEach((a) => (a.action = 'explode'))));
    expect(errors).toHaveLength(51);
    expect(errors[50]).toMatch(/^…and \d+ more problems\.$/);
  });
});

describe('parseBackup refuses what the app could not schedule or resolve (issue 11)', () => {
  const cadenceId = () => data.cadences[0]!.id;

  it('a cadence whose RRULE, zone and local start are nonsense, each named by field', () => {
    const errors = errorsOf(
      edited((f) => Object.assign(f.data.cadences[0]!, { rrule: 'FREQ=SOMETIMES;BYDAY=XX;;;INTERVAL=-3', zone: 'Mars/Olympus_Mons', start: '2026-13-45T25:61' })),
    );
    const where = `Table cadences, record 0 (id "${cadenceId()}")`;
    expect(errors).toEqual([
      `${where}, field rrule: Invalid recurrence rule "FREQ=SOMETIMES;BYDAY=XX;;;INTERVAL=-3": FREQ must be one of SECONDLY, MINUTELY, HOURLY, DAILY, WEEKLY, MONTHLY, YEARLY (not "SOMETIMES"); BYDAY "XX" must be a weekday (MO, TU, WE, TH, FR, SA, SU), optionally with a position such as 2TH or -1FR; INTERVAL must be a positive integer`,
      `${where}, field start: Enter a real date and time (yyyy-MM-ddTHH:mm), e.g. 2027-01-14T09:00; "2026-13-45T25:61" is not one.`,
      `${where}, field zone: Unknown time zone "Mars/Olympus_Mons": choose an IANA zone such as America/New_York.`,
    ]);
  });

  it('each bad RRULE alone, with a sentence saying what is wrong', () => {
    const ruleError = (rrule: string) => errorsOf(edited((f) => (f.data.cadences[0]!.rrule = rrule)));
    expect(ruleError('FREQ=SOMETIMES;BYDAY=XX;;;INTERVAL=-3')).toEqual([expect.stringMatching(/field rrule: .*FREQ/)]);
    expect(ruleError('FREQ=SOMETIMES')).toEqual([expect.stringMatching(/field rrule: .*FREQ must be one of SECONDLY, MINUTELY, HOURLY, DAILY, WEEKLY, MONTHLY, YEARLY/)]);
    expect(ruleError('FREQ=WEEKLY;BYDAY=XX')).toEqual([expect.stringMatching(/field rrule: .*BYDAY/)]);
    expect(ruleError('FREQ=WEEKLY;INTERVAL=-3')).toEqual([expect.stringMatching(/field rrule: .*INTERVAL must be a positive integer/)]);
    expect(ruleError('FREQ=WEEKLY;COUNT=0')).toEqual([expect.stringMatching(/field rrule: .*COUNT must be a positive integer/)]);
    expect(ruleError('FREQ=DAILY;UNTIL=20000101T000000Z')).toEqual([expect.stringMatching(/field rrule: .*UNTIL .* before the start/)]);
    expect(ruleError('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30')).toEqual([expect.stringMatching(/field rrule: .*(never produces|no occurrence within)/)]);
  });

  it('a zone the zone database does not know, and an unreal start date', () => {
    expect(errorsOf(edited((f) => (f.data.cadences[0]!.zone = 'Mars/Olympus_Mons')))).toEqual([expect.stringMatching(/field zone: Unknown time zone "Mars\/Olympus_Mons"/)]);
    expect(errorsOf(edited((f) => (f.data.cadences[0]!.start = '2026-02-30T09:00')))).toEqual([expect.stringMatching(/field start: Enter a real date and time/)]);
    expect(errorsOf(edited((f) => (f.data.settings[0]!.timeZone = 'Mars/Olympus_Mons')))).toEqual([expect.stringMatching(/^Table settings, record 0 \(id "settings"\), field timeZone: Unknown time zone/)]);
    expect(errorsOf(edited((f) => (f.data.occurrences[0]!.occurrence = '2026-13-45T25:61')))).toEqual([expect.stringMatching(/field occurrence: Expected an ISO-8601 UTC instant/)]);
  });

  it('references to stakeholders, cadences and touchpoints that are not in the file, or belong to another partnership', () => {
    const owned = data.commitments.findIndex((c) => c.ownerId !== '');
    expect(errorsOf(edited((f) => (f.data.commitments[owned]!.ownerId = 'gone')))).toEqual([expect.stringMatching(new RegExp(`^Table commitments, record ${owned} .*field ownerId: points at stakeholder "gone", which is not in the backup\\.$`))]);
    const tp = data.touchpoints.findIndex((t) => t.cadenceId !== '');
    expect(errorsOf(edited((f) => (f.data.touchpoints[tp]!.cadenceId = 'gone')))).toEqual([expect.stringMatching(/field cadenceId: points at cadence "gone"/)]);
    expect(errorsOf(edited((f) => ((f.data.cadences[0]!.participantIds as string[])[0] = 'gone')))).toEqual([expect.stringMatching(/field participantIds\.0: points at stakeholder "gone"/)]);
    const other = data.stakeholders.find((s) => s.partnershipId !== data.commitments[owned]!.partnershipId)!;
    expect(errorsOf(edited((f) => (f.data.commitments[owned]!.ownerId = other.id)))).toEqual([expect.stringMatching(/field ownerId: points at stakeholder ".+" of another partnership\.$/)]);
  });

  it('counts every problem truly and lists the first 50, then how many more', () => {
    const activity = Array.from({ length: 20_000 }, (_, i) => ({ ...data.activity[0]!, id: `a${i}`, action: 'explode' }));
    const result = parseBackup(edited((f) => (f.data.activity = activity)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problemCount).toBe(20_000);
    expect(result.errors).toHaveLength(51);
    expect(result.errors[50]).toBe('…and 19950 more problems.');
  });

  it('counts problems across tables: schema errors in one table and dangling references in another', () => {
    const result = parseBackup(
      edited((f) => {
        f.data.partnerships[0]!.name = '';
        f.data.touchpoints.forEach((t) => (t.partnershipId = 'gone'));
      }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problemCount).toBe(1 + data.touchpoints.length);
  });
});
