// The second time zone leaves out only suites that cannot depend on it: each listed suite
// exists and has a stated reason; a date-free one neither uses a date or time API nor imports
// a module that does; one that reads nothing of the machine zone is watched on every
// first-zone run (tests/unit/setup.ts). Any suite not listed, a new one included, runs under both.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATE_API, FIRST_ZONE_ONLY, NO_DATES, SECOND_ZONE_ONLY, NO_MACHINE_ZONE, TIME_TRAVEL, UNIT_ZONES, dateUses, localImports, vitestZoneEnv, zoneExcludes, zoneFreeSuitesToWatch } from '../../../config/testZones';

const root = resolve(import.meta.dirname, '../../..');

function suitesUnder(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.test\.tsx?$/.test(name))
    .map((name) => join(dir, name).replaceAll('\\', '/'));
}

describe('which suites run under the second time zone', () => {
  it('each zone leaves out exactly its list: the first the second zone’s own, the second the first zone’s', () => {
    expect(UNIT_ZONES).toEqual(['America/Los_Angeles', 'Asia/Kolkata']);
    const first = vitestZoneEnv('America/Los_Angeles');
    expect(first).toEqual({ TZ: 'America/Los_Angeles' });
    expect(zoneExcludes(first)).toEqual(Object.keys(SECOND_ZONE_ONLY));
    const second = vitestZoneEnv('Asia/Kolkata');
    expect(second.TZ).toBe('Asia/Kolkata');
    expect(zoneExcludes(second)).toEqual(Object.keys(FIRST_ZONE_ONLY));
  });

  it('lists only suites that exist, each with its reason, and none in both lists', () => {
    const suites = new Set([...suitesUnder('tests/unit'), ...suitesUnder('tests/boot'), ...suitesUnder('tests/sync')]);
    for (const [suite, reason] of Object.entries(SECOND_ZONE_ONLY)) {
      expect(suites.has(suite), `${suite} is not a unit suite`).toBe(true);
      expect(reason).toBe(NO_MACHINE_ZONE);
      expect(FIRST_ZONE_ONLY[suite], suite).toBeUndefined();
    }
    for (const [suite, reason] of Object.entries(FIRST_ZONE_ONLY)) {
      expect(suites.has(suite), `${suite} is not a unit suite`).toBe(true);
      expect([NO_DATES, NO_MACHINE_ZONE, TIME_TRAVEL]).toContain(reason);
    }
    // Besides the suites shown to be date-free or free of the machine zone, only the two time-travel runs are left out.
    expect(Object.entries(FIRST_ZONE_ONLY).filter(([, reason]) => reason === TIME_TRAVEL).map(([suite]) => suite)).toEqual([
      'tests/unit/shared/timeTravel.test.ts',
      'tests/unit/shared/timeTravel10x.test.ts',
    ]);
  });

  it('a suite left out as date-free uses no date or time API, nor does any module it imports', () => {
    for (const [suite, reason] of Object.entries(FIRST_ZONE_ONLY)) {
      if (reason === NO_DATES) expect(dateUses(root, suite, existsSync), suite).toEqual([]);
    }
  });

  it('a suite listed as free of the machine zone is watched in the one run that has it', () => {
    const listed = Object.entries(FIRST_ZONE_ONLY).filter(([, reason]) => reason === NO_MACHINE_ZONE).map(([suite]) => suite);
    expect(listed.length).toBeGreaterThan(0);
    expect(zoneFreeSuitesToWatch(vitestZoneEnv('America/Los_Angeles'))).toEqual(listed);
    expect(zoneFreeSuitesToWatch(vitestZoneEnv('Asia/Kolkata'))).toEqual(Object.keys(SECOND_ZONE_ONLY));
  });

  it('the time-travel suites left out do depend on dates, so they are not mistaken for date-free ones', () => {
    for (const [suite, reason] of Object.entries(FIRST_ZONE_ONLY)) {
      if (reason === TIME_TRAVEL) expect(dateUses(root, suite, existsSync).length, suite).toBeGreaterThan(0);
    }
  });
});

describe('spotting a date API', () => {
  it('sees dates, zones, clocks, timers and calendar days', () => {
    const uses = [
      'const d = new Date(0);',
      "import { addDays } from 'date-fns';",
      'new Intl.DateTimeFormat("en-GB")',
      'x.toLocaleTimeString()',
      "{ zone: 'Europe/Berlin' }",
      'ctx.now()',
      'vi.useFakeTimers()',
      'setTimeout(run, 10)',
      "rrule: 'FREQ=WEEKLY'",
      "dueOn: '2027-01-21'",
      'process.env.TZ',
    ];
    for (const text of uses) expect(DATE_API.test(text), text).toBe(true);
    for (const text of ["expect(fileName('a/b')).toBe('b')", 'const rows = virtualRows(100, 20);']) expect(DATE_API.test(text), text).toBe(false);
  });

  it('follows a suite’s relative imports to the modules it tests', () => {
    const files = new Set(['/p/src/ticks.ts', '/p/src/rows/index.ts', '/p/tests/helper.tsx']);
    const text = ["import { tick } from '../src/ticks';", "import { rows } from '../src/rows';", "import { help } from './helper';", "import { it } from 'vitest';"].join('\n');
    expect(localImports('/p/tests/a.test.ts', text, (path) => files.has(path))).toEqual(['/p/src/ticks.ts', '/p/src/rows/index.ts', '/p/tests/helper.tsx']);
    const read = (path: string) => (path === '/p/src/ticks.ts' ? 'export const tick = () => Date.now();' : text);
    expect(dateUses('/p', 'tests/a.test.ts', (path) => files.has(path), read)).toEqual(['src/ticks.ts: Date']);
  });
});
