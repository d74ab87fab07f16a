import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/domain';
import { samplePortfolio } from '../../../shared/sample/portfolioGenerator';
import { backupJsonSchemaText, emptyBackupData, serializeBackup } from '../../../shared/backup/format';
import type { CliIo } from '../../../cli/run';
import { runCli } from '../../../cli/run';

const NOW = new Date('2027-01-14T15:00:00.000Z');
const sample = samplePortfolio('2027-01-14');
const [first, second] = sample.partnerships as [(typeof sample.partnerships)[0], (typeof sample.partnerships)[0]];

let validText: string;
let files: Map<string, string>;

beforeAll(() => {
  validText = serializeBackup({ ...emptyBackupData(), ...sample }, { exportedAt: '2027-01-14T12:00:00.000Z', app: { name: 'Steward', version: '0.1.0' } });
});

function edit(change: (file: { data: { partnerships: Record<string, unknown>[] } }) => void): string {
  const file = JSON.parse(validText) as { data: { partnerships: Record<string, unknown>[] } };
  change(file);
  return JSON.stringify(file);
}

interface Run {
  readonly code: number;
  readonly stdout: string[];
  readonly stderr: string[];
}

/** Runs the CLI over an in-memory file system holding a few backups. */
async function run(...argv: string[]): Promise<Run> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = {
    readFile: async (path) => {
      const text = files.get(path);
      if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      return text;
    },
    writeFile: async (path, text) => {
      if (path.startsWith('/readonly/')) throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
      files.set(path, text);
    },
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
    now: () => NOW,
    locale: 'en-GB',
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

function resetFiles(): void {
  files = new Map([
    ['/b/backup.json', validText],
    ['/b/truncated.json', validText.slice(0, 5000)],
    ['/b/twins.json', edit((f) => (f.data.partnerships[1]!.name = first.name.toUpperCase()))],
    ['/b/deleted.json', edit((f) => (f.data.partnerships[0]!.deletedAt = '2027-01-01T00:00:00.000Z'))],
  ]);
}

const exportArgs = (kind: string, ...extra: string[]) => ['export', '--from', '/b/backup.json', '--partnership', first.id, '--kind', kind, '--edition', 'partner', '--out', `/out/${kind}`, ...extra];

describe('steward validate', () => {
  it('reports a valid backup with its counts and export time', async () => {
    resetFiles();
    const { code, stdout, stderr } = await run('validate', '/b/backup.json');
    expect(code).toBe(0);
    expect(stderr).toEqual([]);
    expect(stdout).toEqual([expect.stringMatching(/^Valid Steward backup: 7 partnerships, 13 intent versions, \d+ stakeholders, .* 0 settings records; exported 2027-01-14T12:00:00\.000Z by Steward 0\.1\.0\.$/)]);
  });

  it('lists the problems of an invalid one on stdout and gives one line on stderr, exit 1', async () => {
    resetFiles();
    const { code, stdout, stderr } = await run('validate', '/b/truncated.json');
    expect(code).toBe(1);
    expect(stdout).toEqual([expect.stringMatching(/^ {2}- The file is incomplete JSON/)]);
    expect(stderr).toEqual([expect.stringMatching(/^steward: \/b\/truncated\.json is not a valid Steward backup \(1 problem\): The file is incomplete JSON/)]);
  });
});

describe('steward validate refuses what the app could not schedule (issue 11)', () => {
  const hostile = () => {
    const file = JSON.parse(validText) as { data: { cadences: Record<string, unknown>[] } };
    Object.assign(file.data.cadences[0]!, { rrule: 'FREQ=SOMETIMES;BYDAY=XX;;;INTERVAL=-3', zone: 'Mars/Olympus_Mons', start: '2026-13-45T25:61' });
    return JSON.stringify(file);
  };

  it('names the bad RRULE, zone and start of a cadence, each with its field', async () => {
    resetFiles();
    files.set('/b/hostile.json', hostile());
    const { code, stdout, stderr } = await run('validate', '/b/hostile.json');
    expect(code).toBe(1);
    expect(stdout).toEqual([
      expect.stringMatching(/^ {2}- Table cadences, record 0 \(id ".+"\), field rrule: Invalid recurrence rule .*FREQ must be one of/),
      expect.stringMatching(/^ {2}- Table cadences, record 0 \(id ".+"\), field start: Enter a real date and time/),
      expect.stringMatching(/^ {2}- Table cadences, record 0 \(id ".+"\), field zone: Unknown time zone "Mars\/Olympus_Mons"/),
    ]);
    expect(stderr).toEqual([expect.stringMatching(/is not a valid Steward backup \(3 problems\): Table cadences, record 0/)]);
  });

  it('counts 20,000 bad records as 20,000 problems and lists the first 50', async () => {
    resetFiles();
    const file = JSON.parse(validText) as { data: { activity: Record<string, unknown>[] } };
    file.data.activity = Array.from({ length: 20_000 }, (_, i) => ({ ...file.data.activity[0]!, id: `a${i}`, action: 'explode' }));
    files.set('/b/many.json', JSON.stringify(file));
    const { code, stdout, stderr } = await run('validate', '/b/many.json');
    expect(code).toBe(1);
    expect(stdout).toHaveLength(51);
    expect(stdout[50]).toBe('  - …and 19950 more problems.');
    expect(stderr).toEqual([expect.stringMatching(/is not a valid Steward backup \(20000 problems\): Table activity, record 0/)]);
  });
});

describe('steward export', () => {
  it('writes the partner intent summary as Markdown, finding the partnership by id or by name', async () => {
    resetFiles();
    const byId = await run(...exportArgs('intent'));
    expect(byId).toMatchObject({ code: 0, stderr: [] });
    expect(byId.stdout).toEqual([`Wrote the intent export (partner edition) of “${first.name}” to /out/intent.`]);
    expect(files.get('/out/intent')).toMatch(/^# /);
    const byName = await run('export', '--from=/b/backup.json', `--partnership=${second.name.toLowerCase()}`, '--kind=intent', '--edition=internal', '--out=/out/by-name.md');
    expect(byName.code).toBe(0);
    expect(files.get('/out/by-name.md')).toContain(second.name);
  });

  it('writes the quarterly review for the given quarter, or the current one', async () => {
    resetFiles();
    expect((await run(...exportArgs('review', '--quarter', '2026-q4'))).code).toBe(0);
    expect(files.get('/out/review')).toContain('2026-Q4');
    const current = await run(...exportArgs('review'));
    expect(current.stdout).toEqual([`Wrote the review 2027-Q1 export (partner edition) of “${first.name}” to /out/review.`]);
    expect(files.get('/out/review')).toContain('2027-Q1');
  });

  it('writes the review as at --as-of (a day: its end; an instant: that moment), the same on any day it is run', async () => {
    resetFiles();
    const byDay = await run(...exportArgs('review', '--as-of', '2026-12-05'));
    expect(byDay.stdout).toEqual([`Wrote the review 2026-Q4 export (partner edition) of “${first.name}” as at the end of 5 Dec 2026 to /out/review.`]);
    const text = files.get('/out/review');
    expect(text).toContain('As at the end of 5 Dec 2026. The quarter runs to 31 Dec 2026: what comes due after this moment is shown apart and not counted.');
    expect(text).toContain('generated 5 Dec 2026');
    expect((await run(...exportArgs('review', '--as-of=2026-12-05', '--quarter', '2026-Q4'))).code).toBe(0);
    expect(files.get('/out/review')).toBe(text);
    expect((await run(...exportArgs('review', '--as-of', '2026-12-05T15:00:00Z'))).code).toBe(0);
    expect(files.get('/out/review')).toContain('As at 5 Dec 2026, 15:00 (UTC).');
    expect((await run(...exportArgs('review', '--as-of', '2026-12-05T16:00:00+01:00'))).code).toBe(0);
    expect(files.get('/out/review')).toContain('As at 5 Dec 2026, 15:00 (UTC).');
  });

  it('writes the review as at now without --as-of', async () => {
    resetFiles();
    expect((await run(...exportArgs('review'))).code).toBe(0);
    expect(files.get('/out/review')).toContain('As at 14 Jan 2027, 15:00 (UTC).');
  });

  it('writes dates in the format the backup’s Settings chose, else as the machine’s locale does', async () => {
    resetFiles();
    files.set('/b/backup.json', edit((f) => ((f.data as { settings?: unknown[] }).settings = [{ ...defaultSettings('UTC'), dateFormat: 'yyyy-MM-dd', id: 'settings', updatedAt: '2027-01-01T00:00:00.000Z' }])));
    expect((await run(...exportArgs('review'))).code).toBe(0);
    expect(files.get('/out/review')).toContain('As at 2027-01-14, 15:00 (UTC).');
    expect(files.get('/out/review')).not.toMatch(/\b\d{1,2} (Jan|Mar) 2027\b/);
  });

  it('writes the calendar as .ics and the commitments as CSV', async () => {
    resetFiles();
    expect((await run(...exportArgs('calendar'))).code).toBe(0);
    expect(files.get('/out/calendar')).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect((await run(...exportArgs('commitments'))).code).toBe(0);
    expect(files.get('/out/commitments')?.split('\r\n')[0]).toMatch(/^Partnership,Title,/);
  });

  it('works out the commitments’ states on the day in the backup’s zone, not the UTC day', async () => {
    resetFiles();
    // 15:00 UTC on 14 Jan is 04:00 on 15 Jan in Auckland: what was due on 14 Jan is overdue there.
    files.set(
      '/b/backup.json',
      edit((f) => {
        const data = f.data as unknown as { settings: unknown[]; commitments: Record<string, unknown>[] };
        data.settings = [{ ...defaultSettings('Pacific/Auckland'), id: 'settings', updatedAt: '2027-01-01T00:00:00.000Z' }];
        const due = data.commitments.find((c) => c.partnershipId === first.id)!;
        Object.assign(due, { title: 'Due on the UTC day', status: 'open', dueOn: '2027-01-14', doneOn: undefined });
      }),
    );
    expect((await run(...exportArgs('commitments'))).code).toBe(0);
    const row = files.get('/out/commitments')?.split('\r\n').find((line) => line.includes('Due on the UTC day'));
    expect(row).toMatch(/,2027-01-14,open,,overdue(,|$)/);
  });
});

describe('every error is one line on stderr and exit 1', () => {
  const cases: ReadonlyArray<readonly [string, readonly string[], RegExp]> = [
    ['no command', [], /^steward: missing command/],
    ['an unknown command', ['frob'], /^steward: unknown command "frob" \(expected validate, export or schema\)$/],
    ['validate without a file', ['validate'], /^steward: validate needs a file/],
    ['validate with two files', ['validate', 'a.json', 'b.json'], /^steward: validate takes one file, got 2$/],
    ['a missing file', ['validate', '/b/nope.json'], /^steward: file not found: \/b\/nope\.json$/],
    ['an option validate does not take', ['validate', '--out', 'x', '/b/backup.json'], /^steward: unknown option --out for "validate"$/],
    ['a missing required flag', exportArgs('intent').slice(0, -2), /^steward: missing --out <file>$/],
    ['an unknown flag', [...exportArgs('intent'), '--colour', 'red'], /^steward: unknown option --colour for "export" \(expected --from, /],
    ['a flag given twice', [...exportArgs('intent'), '--kind', 'intent'], /^steward: --kind is given more than once$/],
    ['a flag without its value', [...exportArgs('intent').slice(0, -1)], /^steward: --out needs a value$/],
    ['a stray argument', [...exportArgs('intent'), 'extra'], /^steward: unexpected argument "extra"$/],
    ['an unknown kind', exportArgs('pdf'), /^steward: unknown --kind "pdf" \(expected intent, review, calendar, commitments, opportunities, brief, recap\)$/],
    ['an unknown edition', exportArgs('intent').map((a) => (a === 'partner' ? 'public' : a)), /^steward: unknown --edition "public" \(expected internal, partner\)$/],
    ['a bad quarter', exportArgs('review', '--quarter', '2027-Q5'), /^steward: bad --quarter "2027-Q5" \(expected a quarter like 2027-Q1\)$/],
    ['a quarter for another kind', exportArgs('intent', '--quarter', '2027-Q1'), /^steward: --quarter applies only to --kind review$/],
    ['a bad --as-of day', exportArgs('review', '--as-of', '2026-13-01'), /^steward: bad --as-of "2026-13-01" \(expected a day like 2026-12-05 or an ISO instant like 2026-12-05T15:00:00Z\)$/],
    ['a --as-of that is not a date', exportArgs('review', '--as-of', 'yesterday'), /^steward: bad --as-of "yesterday" \(expected a day like 2026-12-05 or an ISO instant like 2026-12-05T15:00:00Z\)$/],
    ['a --as-of instant without a zone', exportArgs('review', '--as-of', '2026-12-05T15:00'), /^steward: bad --as-of "2026-12-05T15:00" \(expected a day like 2026-12-05 or an ISO instant like 2026-12-05T15:00:00Z\)$/],
    ['a --as-of for another kind', exportArgs('intent', '--as-of', '2026-12-05'), /^steward: --as-of applies only to --kind review and brief$/],
    ['an invalid backup', exportArgs('intent').map((a) => (a === '/b/backup.json' ? '/b/truncated.json' : a)), /^steward: \/b\/truncated\.json is not a valid Steward backup: The file is incomplete JSON/],
    ['an unknown partnership', exportArgs('intent').map((a) => (a === first.id ? 'Nobody Ltd' : a)), /^steward: no partnership with the id or name "Nobody Ltd" in the backup$/],
    [
      'an ambiguous name',
      ['export', '--from', '/b/twins.json', '--partnership', first.name, '--kind', 'intent', '--edition', 'partner', '--out', '/out/x'],
      /^steward: ".+" is ambiguous: 2 partnerships have that name \(ids .+, .+\); pass --partnership <id>$/,
    ],
    ['a deleted partnership', exportArgs('intent').map((a) => (a === '/b/backup.json' ? '/b/deleted.json' : a)), /^steward: partnership .+ \(“.+”\) is deleted in this backup$/],
    ['a --format for another kind', exportArgs('intent', '--format', 'ics'), /^steward: --format applies only to --kind brief$/],
    ['a brief without --occurrence', exportArgs('brief'), /^steward: missing --occurrence <yyyy-MM-dd\|yyyy-MM-ddTHH:mm> for --kind brief$/],
    ['a brief of a day without a meeting', exportArgs('brief', '--occurrence', '1999-01-01'), /^steward: no meeting of this partnership at --occurrence "1999-01-01"$/],
    ['a bad --occurrence', exportArgs('brief', '--occurrence', 'soon'), /^steward: bad --occurrence "soon" \(expected a day like 2026-12-07/],
    ['an unknown --format', exportArgs('brief', '--occurrence', '2027-01-20', '--format', 'pdf'), /^steward: unknown --format "pdf" \(expected markdown, ics\)$/],
    ['an unwritable output', exportArgs('intent').map((a) => (a === '/out/intent' ? '/readonly/intent.md' : a)), /^steward: cannot write \/readonly\/intent\.md: EACCES/],
  ];

  it.each(cases)('%s', async (_name, argv, message) => {
    resetFiles();
    const before = new Map(files);
    const { code, stdout, stderr } = await run(...argv);
    expect(code).toBe(1);
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(message);
    expect(stderr[0]).not.toContain('\n');
    expect(stdout).toEqual([]);
    expect(files).toEqual(before);
  });
});

describe('steward schema and help', () => {
  it('the committed JSON Schema is the one generated from the zod schema (regenerate: npm run steward -- schema --out schemas/steward-backup.schema.json)', () => {
    const committed = readFileSync(resolve(import.meta.dirname, '../../../schemas/steward-backup.schema.json'), 'utf8');
    expect(committed).toBe(backupJsonSchemaText());
    expect(JSON.parse(committed)).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'Steward backup' });
  });

  it('prints the schema, or writes it to --out', async () => {
    resetFiles();
    const printed = await run('schema');
    expect(printed.code).toBe(0);
    expect(`${printed.stdout.join('\n')}\n`).toBe(backupJsonSchemaText());
    expect((await run('schema', '--out', '/out/schema.json')).code).toBe(0);
    expect(files.get('/out/schema.json')).toBe(backupJsonSchemaText());
  });

  it('help prints the usage and exits 0', async () => {
    const { code, stdout } = await run('help');
    expect(code).toBe(0);
    expect(stdout[0]).toMatch(/^Usage: npm run steward -- <command>/);
  });
});
