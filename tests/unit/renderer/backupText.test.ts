import { describe, expect, it } from 'vitest';
import { emptyBackupData, summarise } from '@shared/backup/format';
import { manualBackupName } from '@shared/backup/autoBackupName';
import { isBackupDue } from '../../../renderer/src/backups/autoBackup';
import { describeCounts } from '../../../renderer/src/backups/backupLabels';
import { relativeTime } from '../../../renderer/src/backups/relativeTime';

const NOW = new Date('2027-01-14T12:00:00.000Z');
const file = (takenAt: string) => ({ name: 'steward-backup-x.json', takenAt, size: 1 });

describe('what a backup holds, in words', () => {
  it('counts the kinds a person thinks of, singular or plural, and leaves out the empty ones', () => {
    const summary = { ...summarise(emptyBackupData()), partnerships: 7, stakeholders: 1, commitments: 12, activity: 900 };
    expect(describeCounts(summary)).toBe('7 partnerships, 1 stakeholder, 12 commitments');
    expect(describeCounts(summarise(emptyBackupData()))).toBe('no partnerships');
  });

  it('names the manual backup after the day', () => {
    expect(manualBackupName('2027-01-14')).toBe('steward-backup-2027-01-14.json');
  });
});

describe('relative time', () => {
  it.each([
    ['2027-01-14T11:59:40.000Z', 'just now'],
    ['2027-01-14T11:59:00.000Z', '1 minute ago'],
    ['2027-01-14T11:48:00.000Z', '12 minutes ago'],
    ['2027-01-14T09:00:00.000Z', '3 hours ago'],
    ['2027-01-13T12:00:00.000Z', '1 day ago'],
    ['2027-01-04T12:00:00.000Z', '10 days ago'],
    ['2027-01-14T13:00:00.000Z', 'in the future (check the clock)'],
    ['not a date', 'at an unknown time'],
  ])('%s is %j', (iso, text) => expect(relativeTime(iso, NOW)).toBe(text));
});

describe('when an automatic backup is due', () => {
  it('is due with none yet, at the interval, and when the newest is from the future', () => {
    expect(isBackupDue(undefined, 24, NOW)).toBe(true);
    expect(isBackupDue(file('2027-01-13T12:00:00.001Z'), 24, NOW)).toBe(false);
    expect(isBackupDue(file('2027-01-13T12:00:00.000Z'), 24, NOW)).toBe(true);
    expect(isBackupDue(file('2027-01-15T12:00:00.000Z'), 24, NOW)).toBe(true);
  });
});
