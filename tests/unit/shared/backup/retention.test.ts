// Retention by generations over automatic backup names, with a fixed clock: the last N,
// one a day for 7 days, one a week for 8 weeks, one a month for 12 months; never a
// deletion while the newest backup holds under half the records of the one before.
import { describe, expect, it } from 'vitest';
import { autoBackupName, legacyAutoBackupName, parseAutoBackupName } from '@shared/backup/autoBackupName';
import { backupShrink, backupsToPrune, retentionPolicy } from '@shared/backup/retention';

const NOW = new Date('2027-06-15T12:00:00.000Z'); // a Tuesday
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const at = (msBefore: number) => new Date(NOW.getTime() - msBefore);
const named = (msBefore: number, records = 100, sequence = 1) => ({ name: autoBackupName(at(msBefore), sequence, records) });
const kept = (files: readonly { name: string }[], prune: readonly string[]) => files.map((f) => f.name).filter((n) => !prune.includes(n));

describe('automatic backup names', () => {
  it('carry the UTC instant to the millisecond, a sequence and the record count', () => {
    const name = autoBackupName(new Date('2027-01-14T09:05:07.045Z'), 2, 1234);
    expect(name).toBe('steward-backup-20270114-090507-045-2-1234-records.json');
    expect(parseAutoBackupName(name)).toEqual({ takenAt: '2027-01-14T09:05:07.045Z', sequence: 2, records: 1234 });
  });

  it('still read the older second-precision names, with no count', () => {
    expect(legacyAutoBackupName(new Date('2027-01-14T09:05:07.900Z'))).toBe('steward-backup-20270114-090507.json');
    expect(parseAutoBackupName('steward-backup-20270114-090507.json')).toEqual({ takenAt: '2027-01-14T09:05:07.000Z', sequence: 0, records: undefined });
  });

  it.each([
    'steward-backup-20271341-090000.json',
    'steward-backup-20270114-090000-000-0-5-records.json',
    'steward-backup-20270114-090000-000-01-5-records.json',
    'steward-backup-20270114-090000-00-1-5-records.json',
    'steward-backup-20270114-090000-000-1-05-records.json',
    'steward-backup-20270114-090000-000-1-5.json',
    'steward-backup-2027-01-14.json',
    'notes.json',
    'steward-backup-20270114-090000.json.tmp',
    '../steward-backup-20270114-090000.json',
  ])('do not include %j', (name) => expect(parseAutoBackupName(name)).toBeUndefined());
});

describe('backupsToPrune', () => {
  it('keeps everything while there are no more than N', () => {
    const files = [0, 1, 2].map((h) => named(h * HOUR));
    expect(backupsToPrune(files, NOW, retentionPolicy(3))).toEqual({ hold: false, prune: [] });
  });

  it('keeps the newest N of a busy day and deletes the rest (today is one daily slot, already among them)', () => {
    const files = Array.from({ length: 8 }, (_, i) => named(i * HOUR));
    const { prune } = backupsToPrune(files, NOW, retentionPolicy(3));
    expect(kept(files, prune)).toEqual(files.slice(0, 3).map((f) => f.name));
  });

  it('two backups in the same millisecond are two files, and the higher sequence is the newer', () => {
    const files = [named(0, 100, 1), named(0, 100, 2), named(HOUR)];
    const { prune } = backupsToPrune(files, NOW, { keepLast: 1, daily: 0, weekly: 0, monthly: 0 });
    expect(kept(files, prune)).toEqual([named(0, 100, 2).name]);
  });

  it('keeps one a day for 7 days: the newest of each UTC day', () => {
    // Four a day for 10 days, at 11:00, 08:00, 05:00 and 02:00 UTC.
    const files = Array.from({ length: 10 }, (_, d) => [1, 4, 7, 10].map((h) => named(d * DAY + h * HOUR))).flat();
    const { prune } = backupsToPrune(files, NOW, { keepLast: 1, daily: 7, weekly: 0, monthly: 0 });
    expect(kept(files, prune)).toEqual(Array.from({ length: 7 }, (_, d) => named(d * DAY + HOUR).name));
  });

  it('keeps one a week for 8 weeks (ISO weeks from Monday, UTC)', () => {
    const files = Array.from({ length: 70 }, (_, d) => named(d * DAY));
    const { prune } = backupsToPrune(files, NOW, { keepLast: 1, daily: 0, weekly: 8, monthly: 0 });
    const weeks = kept(files, prune).map((name) => parseAutoBackupName(name)!.takenAt.slice(0, 10));
    // Today (Tuesday 15 June), then each Sunday before it: the newest day of each earlier week.
    expect(weeks).toEqual(['2027-06-15', '2027-06-13', '2027-06-06', '2027-05-30', '2027-05-23', '2027-05-16', '2027-05-09', '2027-05-02']);
  });

  it('keeps one a month for 12 months, the newest of each UTC month', () => {
    const files = Array.from({ length: 30 }, (_, m) => ({ name: autoBackupName(new Date(Date.UTC(2027, 5 - m, 3, 8)), 1, 100) }));
    const { prune } = backupsToPrune(files, NOW, { keepLast: 1, daily: 0, weekly: 0, monthly: 12 });
    const months = kept(files, prune).map((name) => parseAutoBackupName(name)!.takenAt.slice(0, 7));
    expect(months).toEqual(['2027-06', '2027-05', '2027-04', '2027-03', '2027-02', '2027-01', '2026-12', '2026-11', '2026-10', '2026-09', '2026-08', '2026-07']);
  });

  it('with the default generations a year and more of daily backups keeps 26: ten days, five more Sundays, eleven more month-ends', () => {
    const files = Array.from({ length: 400 }, (_, d) => named(d * DAY));
    const { prune } = backupsToPrune(files, NOW, retentionPolicy(10));
    const left = kept(files, prune);
    expect(left.slice(0, 10)).toEqual(files.slice(0, 10).map((f) => f.name));
    // The weeks' newest are today and the Sundays before it (three of them already among the last ten days);
    // the months' newest are today and each month's last day, back to July 2026.
    expect(left.slice(10).map((name) => parseAutoBackupName(name)!.takenAt.slice(0, 10))).toEqual([
      '2027-05-31', '2027-05-30', '2027-05-23', '2027-05-16', '2027-05-09', '2027-05-02',
      '2027-04-30', '2027-03-31', '2027-02-28', '2027-01-31', '2026-12-31', '2026-11-30', '2026-10-31', '2026-09-30', '2026-08-31', '2026-07-31',
    ]);
    // Nothing older than 12 months survives.
    expect(left.every((name) => parseAutoBackupName(name)!.takenAt >= '2026-07-01')).toBe(true);
  });

  it('never deletes a backup dated after now (a clock that went back), nor a name that is not an automatic backup', () => {
    const future = { name: autoBackupName(new Date(NOW.getTime() + 30 * DAY), 1, 100) };
    const files = [future, ...Array.from({ length: 5 }, (_, i) => named(i * HOUR)), { name: 'notes.json' }];
    const { prune } = backupsToPrune(files, NOW, { keepLast: 1, daily: 0, weekly: 0, monthly: 0 });
    expect(prune).not.toContain(future.name);
    expect(prune).not.toContain('notes.json');
    expect(prune).toHaveLength(4);
  });

  it('prunes the older second-precision names by the same rules', () => {
    const legacy = Array.from({ length: 5 }, (_, i) => ({ name: legacyAutoBackupName(at((i + 1) * HOUR)) }));
    const files = [named(0, 100), named(1000, 100), ...legacy];
    const { prune } = backupsToPrune(files, NOW, { keepLast: 2, daily: 0, weekly: 0, monthly: 0 });
    expect(prune).toEqual(legacy.map((f) => f.name));
  });
});

describe('the shrink guard', () => {
  it('deletes nothing while the newest holds under half the records of the one before, and says which two', () => {
    const files = [named(0, 49), ...Array.from({ length: 20 }, (_, i) => named((i + 1) * HOUR, 100))];
    const decision = backupsToPrune(files, NOW, retentionPolicy(1));
    expect(decision).toEqual({
      hold: 'shrunk',
      prune: [],
      shrink: {
        newest: { name: files[0]!.name, takenAt: at(0).toISOString(), records: 49 },
        previous: { name: files[1]!.name, takenAt: at(HOUR).toISOString(), records: 100 },
      },
    });
    expect(backupShrink(files)).toEqual(decision.hold === 'shrunk' ? decision.shrink : undefined);
  });

  it('prunes as usual at exactly half, or when the newest grew', () => {
    for (const newest of [50, 500]) {
      const files = [named(0, newest), ...Array.from({ length: 5 }, (_, i) => named((i + 1) * HOUR, 100))];
      expect(backupsToPrune(files, NOW, { keepLast: 1, daily: 0, weekly: 0, monthly: 0 })).toEqual({ hold: false, prune: files.slice(1).map((f) => f.name) });
      expect(backupShrink(files)).toBeUndefined();
    }
  });

  it('a junk-sized newest backup cannot push out a single earlier one, however small N is', () => {
    const files = [named(0, 1), named(HOUR, 5000), named(2 * HOUR, 5000)];
    expect(backupsToPrune(files, NOW, { keepLast: 1, daily: 0, weekly: 0, monthly: 0 }).prune).toEqual([]);
  });

  it('compares with the nearest earlier backup whose count is known, and holds when none is (older names only)', () => {
    const legacy = Array.from({ length: 4 }, (_, i) => ({ name: legacyAutoBackupName(at((i + 2) * HOUR)) }));
    expect(backupsToPrune([named(0, 10), ...legacy], NOW, retentionPolicy(1))).toEqual({ hold: 'uncounted', prune: [] });
    expect(backupShrink([named(0, 10), ...legacy])).toBeUndefined();
    const files = [named(0, 10), { name: legacyAutoBackupName(at(HOUR)) }, named(2 * HOUR, 100)];
    expect(backupsToPrune(files, NOW, retentionPolicy(1))).toMatchObject({ hold: 'shrunk' });
  });
});
