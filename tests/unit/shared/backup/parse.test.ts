import { beforeAll, describe, expect, it } from 'vitest';
import { samplePortfolio } from '@shared/sample/portfolioGenerator';
import type { BackupData, BackupTable } from '@shared/backup/format';
import { BACKUP_FORMAT_VERSION, BACKUP_SCHEMA_VERSION, BACKUP_TABLES, emptyBackupData, serializeBackup } from '@shared/backup/format';
import { parseBackup } from '@shared/backup/parse';

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
  data = { ...emptyBackupData(), ...sample, reminders, settings: [{ ...SETTINGS, workingDays: [...SETTINGS.workingDays], mutedPartnershipIds: [] }] };
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
    expect(errorsOf(edited((f) => (f.schemaVersion = 7)))[0]).toMatch(/made by a newer Steward \(database schema version 7/);
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

  it('an older, unsupported or nonsense version', () => {
    expect(errorsOf(edited((f) => (f.formatVersion = 0)))[0]).toMatch(/backup format version 0 is older than this Steward supports/);
    expect(errorsOf(edited((f) => (f.schemaVersion = 0)))[0]).toMatch(/database schema version 0 is older than this Steward supports \(version 1 or later\)/);
    expect(errorsOf(edited((f) => (f.formatVersion = '1')))[0]).toMatch(/backup format version is missing or is not a whole number/);
  });

  it('a file over the size limit, before parsing it', () => {
    expect(errorsOf(text, 1024 * 1024)[0]).toMatch(/^The file is too large \(1\.\d MB\); a backup may be at most 1 MB\.$/);
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
