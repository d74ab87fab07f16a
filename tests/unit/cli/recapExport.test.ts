// `steward export --kind recap --occurrence …`: the recap of the meeting recorded for an
// occurrence, named by its day or its local start in the backup's zone.
import { beforeEach, describe, expect, it } from 'vitest';
import type { TouchpointId } from '../../../shared/domain';
import { samplePortfolio } from '../../../shared/sample/portfolioGenerator';
import { emptyBackupData, serializeBackup } from '../../../shared/backup/format';
import type { CliIo } from '../../../cli/run';
import { runCli } from '../../../cli/run';

const sample = samplePortfolio('2027-01-14');
const first = sample.partnerships[0]!;
// A meeting of the first partnership held for a planned occurrence, that took a decision.
const meeting = sample.touchpoints
  .filter((t) => t.partnershipId === first.id && t.occurrence && sample.decisions.some((d) => d.touchpointId === t.id))
  .sort((a, b) => b.occurredOn.localeCompare(a.occurredOn))[0]!;
const decision = sample.decisions.find((d) => d.touchpointId === meeting.id)!;
// The sample's settings are not in this backup: the CLI reads times in UTC.
const localStart = meeting.occurrence.slice(0, 16);

let files: Map<string, string>;

function backupWith(touchpoints = sample.touchpoints): string {
  return serializeBackup({ ...emptyBackupData(), ...sample, touchpoints }, { exportedAt: '2027-01-14T12:00:00.000Z', app: { name: 'Steward', version: '0.1.0' } });
}

async function run(...argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = {
    readFile: async (path) => files.get(path) ?? Promise.reject(Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' })),
    writeFile: async (path, text) => void files.set(path, text),
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
    now: () => new Date('2027-01-14T15:00:00.000Z'),
    locale: 'en-GB',
  };
  return { code: await runCli(argv, io), stdout, stderr };
}

const recapArgs = (occurrence: string, edition = 'partner', from = '/b/backup.json') =>
  ['export', '--from', from, '--partnership', first.id, '--kind', 'recap', '--occurrence', occurrence, '--edition', edition, '--out', '/out/recap.md'];

beforeEach(() => {
  files = new Map([['/b/backup.json', backupWith()]]);
});

describe('steward export --kind recap', () => {
  it('writes the partner recap of the meeting held at a local start, as Markdown', async () => {
    const { code, stdout } = await run(...recapArgs(localStart));
    expect(code).toBe(0);
    expect(stdout).toEqual([`Wrote the recap of ${localStart} export (partner edition) of “${first.name}” to /out/recap.md.`]);
    const md = files.get('/out/recap.md')!;
    expect(md).toMatch(new RegExp(`^# Recap: ${meeting.title}\\n\\n\\*\\*Partner edition\\*\\* · `));
    expect(md).toContain(`- ${decision.statement}`);
    expect(md).not.toContain(decision.rationale);
  });

  it('finds it by its day too, and the internal edition carries the rationale and notes', async () => {
    expect((await run(...recapArgs(meeting.occurredOn, 'internal'))).code).toBe(0);
    const md = files.get('/out/recap.md')!;
    expect(md).toContain('**Internal — do not share**');
    if (decision.rationale) expect(md).toContain(decision.rationale);
  });

  it('asks for the local start when two meetings were recorded that day', async () => {
    const twin = { ...meeting, id: 'twin-meeting' as TouchpointId, title: 'Second sync', occurrence: new Date(Date.parse(meeting.occurrence) + 3 * 3_600_000).toISOString() };
    files.set('/b/twins.json', backupWith([...sample.touchpoints, twin]));
    const { code, stderr } = await run(...recapArgs(meeting.occurredOn, 'partner', '/b/twins.json'));
    expect(code).toBe(1);
    expect(stderr[0]).toMatch(/^steward: 2 meetings are recorded for --occurrence \d{4}-\d{2}-\d{2} \(.+\); pass its local start, e\.g\. --occurrence \d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect((await run(...recapArgs(twin.occurrence.slice(0, 16), 'partner', '/b/twins.json'))).code).toBe(0);
    expect(files.get('/out/recap.md')).toMatch(/^# Recap: Second sync/);
  });

  it.each([
    ['a day with no meeting', recapArgs('1999-01-01'), /^steward: no meeting is recorded for --occurrence 1999-01-01 in this partnership \(times are read in UTC\)$/],
    ['a bad occurrence', recapArgs('next Tuesday'), /^steward: bad --occurrence "next Tuesday" \(expected a day like 2027-01-14 or a local start like 2027-01-14T10:00\)$/],
    ['no occurrence', recapArgs('x').filter((a, i, all) => a !== '--occurrence' && all[i - 1] !== '--occurrence'), /^steward: missing --occurrence <yyyy-MM-dd\|yyyy-MM-ddTHH:mm> \(the meeting to recap\)$/],
    ['an occurrence for another kind', recapArgs(localStart).map((a) => (a === 'recap' ? 'intent' : a)), /^steward: --occurrence applies only to --kind brief and recap$/],
  ])('refuses %s in one line, writing nothing', async (_name, argv, message) => {
    const { code, stderr, stdout } = await run(...argv);
    expect(code).toBe(1);
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(message);
    expect(stdout).toEqual([]);
    expect(files.has('/out/recap.md')).toBe(false);
  });
});
