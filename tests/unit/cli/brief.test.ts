// `steward export --kind brief`: the meeting found from --occurrence, Markdown or .ics,
// the partner pre-read free of internal fields.
import { describe, expect, it } from 'vitest';
import { nextDue } from '../../../shared/cadenceSchedule';
import { emptyBackupData, serializeBackup } from '../../../shared/backup/format';
import type { BackupData } from '../../../shared/backup/format';
import { utcToLocal } from '../../../shared/timezones';
import type { CliIo } from '../../../cli/run';
import { runCli } from '../../../cli/run';
import { resolveOccurrence } from '../../../cli/briefExport';
import type { MeetingPrep, MeetingPrepId } from '../../../shared/domain';
import { samplePortfolio } from '../../../shared/sample/portfolioGenerator';

const NOW = new Date('2027-01-14T12:00:00.000Z');
const NOTE = 'PRIVATE: they will push on price';
const sample = samplePortfolio('2027-01-14');
const cadence = sample.cadences.find((c) => c.mode === 'fixed' && c.status === 'active')!;
const next = nextDue(cadence, sample.occurrences, sample.touchpoints, NOW.toISOString());
if (next?.mode !== 'fixed') throw new Error('The sample’s first fixed cadence has no next meeting.');
const prep: MeetingPrep = {
  id: 'prep1' as MeetingPrepId,
  createdAt: NOW.toISOString(),
  updatedAt: NOW.toISOString(),
  partnershipId: cadence.partnershipId,
  cadenceId: cadence.id,
  occurrence: next.occurrence,
  title: '',
  agenda: ['Pipeline review', 'Open actions'],
  notes: NOTE,
};
const data: BackupData = { ...emptyBackupData(), ...sample, meetingPreps: [prep] };
const partnership = data.partnerships.find((p) => p.id === prep.partnershipId)!;
const localStart = utcToLocal(prep.occurrence, cadence.zone);

async function run(...argv: string[]) {
  const files = new Map([['/b/backup.json', serializeBackup(data, { exportedAt: NOW.toISOString(), app: { name: 'Steward', version: '0.1.0' } })]]);
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = {
    readFile: async (path) => files.get(path) ?? '',
    writeFile: async (path, text) => void files.set(path, text),
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
    now: () => NOW,
    locale: 'en-GB',
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr, out: files.get('/out/brief') ?? '' };
}

const briefArgs = (...extra: string[]) => ['export', '--from', '/b/backup.json', '--partnership', partnership.id, '--kind', 'brief', '--out', '/out/brief', ...extra];

describe('steward export --kind brief', () => {
  it('finds the meeting by its local start, by its day and by its instant', () => {
    const target = { kind: 'cadence', cadenceId: cadence.id, occurrence: prep.occurrence };
    expect(resolveOccurrence(data, partnership.id, localStart, 'UTC')).toEqual(target);
    expect(resolveOccurrence(data, partnership.id, prep.occurrence, 'UTC')).toEqual(target);
    const sameDay = data.cadences.filter((c) => c.partnershipId === partnership.id && c.mode === 'fixed' && c.status === 'active').length;
    if (sameDay === 1) expect(resolveOccurrence(data, partnership.id, localStart.slice(0, 10), 'UTC')).toEqual(target);
  });

  it('writes the partner pre-read as Markdown, with the saved agenda and no internal marker', async () => {
    const result = await run(...briefArgs('--occurrence', localStart, '--edition', 'partner', '--as-of', '2027-01-14'));
    expect(result.stderr).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`# Pre-read: ${cadence.name}`);
    expect(result.out).toContain('1. Pipeline review\n2. Open actions');
    expect(result.out).not.toContain(NOTE);
    expect(result.stdout[0]).toMatch(/^Wrote the brief export \(partner edition\)/);
  });

  it('writes the internal edition with the private notes', async () => {
    const result = await run(...briefArgs('--occurrence', localStart, '--edition', 'internal'));
    expect(result.code).toBe(0);
    expect(result.out).toContain(NOTE);
  });

  it('writes one .ics event with the agenda in its description', async () => {
    const result = await run(...briefArgs('--occurrence', localStart, '--edition', 'partner', '--format', 'ics'));
    const text = result.out.replace(/\r\n /g, '');
    expect(text).toContain(`DTSTART;TZID=${cadence.zone}:${localStart.replace(/[-:]/g, '')}00`);
    expect(text).toContain('Agenda:\\n1. Pipeline review\\n2. Open actions');
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });
});
