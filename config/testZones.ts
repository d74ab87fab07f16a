// Which unit suites `npm test` runs under which machine time zone. Nothing may depend on
// the machine's TZ, so every suite whose result could depend on it runs under both zones; a
// suite shown free of it runs under one. The second run leaves out only the suites listed
// here (and runs the few listed as its own instead of the first), each with its reason; a
// new suite is in both runs until it is listed. Each reason is
// checked: tests/unit/config/testZones.test.ts fails when a suite listed as date-free (or a
// module it imports) uses a date or time API, and tests/unit/setup.ts fails the one run of a
// suite listed as reading nothing of the machine zone on its first read.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const UNIT_ZONES = ['America/Los_Angeles', 'Asia/Kolkata'] as const;

export const NO_DATES = 'touches no date or time API, so the machine zone cannot change it';

/**
 * A run that never asks the machine for its zone takes the same steps to the same answers
 * under every TZ. tests/unit/machineZoneProbe.ts watches every first-zone run of such a suite
 * for a read (Date's local-time methods, a locale text or Intl formatter without a timeZone,
 * a Date built from local fields or text) and fails it on the first one, naming where.
 */
export const NO_MACHINE_ZONE = 'reads nothing of the machine time zone in its first-zone run (tests/unit/machineZoneProbe.ts fails it on the first read)';

/**
 * Most suites read nothing of the machine's zone (the app passes the user's zone everywhere):
 * `STEWARD_ZONE_READS=1 npx vitest run | grep 'zone reads'` lists what each one read. Those left out here are the
 * ones whose second run cost more than about half a second (fake-indexeddb, a server, a
 * property run, a CLI's child processes): run again under Kolkata they would take the same
 * steps to the same answers. The cheaper ones still run twice (about a thousand tests), as
 * do the date-format suites, whatever they cost.
 */
const ZONE_FREE_SUITES = [
  'tests/sync/app/connection.test.ts',
  'tests/sync/crash.test.ts',
  'tests/sync/redis.test.ts',
  'tests/sync/syncServer.test.ts',
  'tests/sync/teamCommandProcess.test.ts',
  'tests/unit/cli/recapExport.test.ts',
  'tests/unit/cli/run.test.ts',
  'tests/unit/db/attentionQuery.test.ts',
  'tests/unit/db/backup.test.ts',
  'tests/unit/db/cadences.test.ts',
  'tests/unit/db/excerpts.test.ts',
  'tests/unit/db/exportSnapshot.test.ts',
  'tests/unit/db/recordContract.test.ts',
  'tests/unit/db/recovery.test.ts',
  'tests/unit/db/reviewSnapshot.test.ts',
  'tests/unit/db/schemaUpgrade.test.ts',
  'tests/unit/db/search.test.ts',
  'tests/unit/db/settleOccurrences.test.ts',
  'tests/unit/db/snapshot.test.ts',
  'tests/unit/db/sync/bulkArrival.test.ts',
  'tests/unit/db/sync/capture.test.ts',
  'tests/unit/db/sync/naturalKeys.test.ts',
  'tests/unit/db/sync/restore.test.ts',
  'tests/unit/db/sync/sync.test.ts',
  'tests/unit/db/touchpoints.test.ts',
  'tests/unit/renderer/dataGuard.test.ts',
  'tests/unit/shared/backup/parse.test.ts',
  'tests/unit/shared/backup/recordCheck.test.ts',
  'tests/unit/shared/exports/partnerSafe.test.ts',
  'tests/unit/shared/recurrence.test.ts',
  'tests/unit/shared/sync/documents.test.ts',
  'tests/unit/shared/timeTravelMutation.test.ts',
  'tests/unit/shared/zoneOffsetFastPath.test.ts',
] as const;

/**
 * A suite free of the machine zone needs one run, under either zone. npm test starts the
 * second zone's run when the e2e run ends, and the first zone's (which ran beside the e2e
 * run from the start) used to end most of a minute after it, alone on one core of two: these
 * run under the second zone instead, watched there, so the two end together.
 */
export const SECOND_ZONE_ONLY: Readonly<Record<string, string>> = {
  'tests/unit/db/sync/convergence.test.ts': NO_MACHINE_ZONE,
  'tests/unit/shared/portfolioGenerator.test.ts': NO_MACHINE_ZONE,
  'tests/unit/shared/recurrenceFastForward.test.ts': NO_MACHINE_ZONE,
  'tests/unit/shared/remindersProperty.test.ts': NO_MACHINE_ZONE,
};

/**
 * The two long time-travel runs step the portfolio in New York, Kolkata and Sydney, zones
 * the simulation sets itself. Under the first machine zone (Los Angeles, none of the three)
 * code that read the machine's zone instead of the user's would already put every step on
 * the wrong local hour; a second machine zone, Kolkata, equals one of the simulated zones
 * and could only hide such a bug there. Each run is minutes of CPU, most of the suite's.
 * A listing run (`STEWARD_ZONE_READS=1`) finds no read of it in either, harness included;
 * they are not watched on every run, which would cost them a fifth more CPU. The suites that
 * do read the machine zone (the settings' default zone, the reminder and backup schedulers,
 * calendar exports, the partner-safe review) and the date-format ones still run under both zones.
 */
export const TIME_TRAVEL =
  'steps the portfolio in its own zones (New York, Kolkata, Sydney): under Los Angeles any read of the machine zone already breaks it; Kolkata would only hide one';

/** Suites the second zone leaves out, by path from the project root, with why. */
export const FIRST_ZONE_ONLY: Readonly<Record<string, string>> = {
  'tests/unit/shared/timeTravel.test.ts': TIME_TRAVEL,
  'tests/unit/shared/timeTravel10x.test.ts': TIME_TRAVEL,
  'tests/boot/preloadBoot.test.ts': NO_DATES,
  'tests/unit/config/browser.test.ts': NO_DATES,
  'tests/unit/config/noModuleState.test.ts': NO_DATES,
  'tests/unit/config/uncompressedPreview.test.ts': NO_DATES,
  'tests/unit/electron/fuses.test.ts': NO_DATES,
  'tests/unit/electron/protocol.test.ts': NO_DATES,
  'tests/unit/electron/security.test.ts': NO_DATES,
  'tests/unit/electron/testProfile.test.ts': NO_DATES,
  'tests/unit/renderer/failureMessage.test.ts': NO_DATES,
  'tests/unit/renderer/fileName.test.ts': NO_DATES,
  'tests/unit/renderer/storageUsage.test.ts': NO_DATES,
  'tests/unit/renderer/virtualRows.test.ts': NO_DATES,
  ...Object.fromEntries(ZONE_FREE_SUITES.map((suite) => [suite, NO_MACHINE_ZONE])),
};

/** Set on the second zone's run: vitest.config.mts then leaves out FIRST_ZONE_ONLY (in every project), and the first zone's SECOND_ZONE_ONLY. */
export const SECOND_ZONE_RUN = 'STEWARD_SECOND_ZONE_RUN';

/** The environment of one zone's unit run: its TZ, and for the second zone the flag that leaves out FIRST_ZONE_ONLY. */
export function vitestZoneEnv(zone: (typeof UNIT_ZONES)[number]): Readonly<Record<string, string>> {
  return zone === UNIT_ZONES[0] ? { TZ: zone } : { TZ: zone, [SECOND_ZONE_RUN]: '1' };
}

/** The suites a run with this environment leaves out: FIRST_ZONE_ONLY on the second zone's run, SECOND_ZONE_ONLY on the first's. */
export function zoneExcludes(env: Readonly<Record<string, string | undefined>>): string[] {
  return Object.keys(env[SECOND_ZONE_RUN] === '1' ? FIRST_ZONE_ONLY : SECOND_ZONE_ONLY);
}

/**
 * The suites listed as free of the machine zone that a run with this environment runs, and so
 * watches for a read of it (tests/unit/setup.ts): the first zone's leave-outs on its run, the
 * second zone's own on the second's.
 */
export function zoneFreeSuitesToWatch(env: Readonly<Record<string, string | undefined>>): string[] {
  if (env[SECOND_ZONE_RUN] === '1') return Object.keys(SECOND_ZONE_ONLY);
  return Object.keys(FIRST_ZONE_ONLY).filter((suite) => FIRST_ZONE_ONLY[suite] === NO_MACHINE_ZONE);
}

/**
 * Date and time APIs, read generously: Date, date-fns, Intl, locale formatting, zones,
 * timers and fake clocks, `now`, recurrence rules and calendar days written as yyyy-MM-dd.
 */
export const DATE_API =
  /\bDate\b|date-fns|\bIntl\b|toLocale|time ?zone|timezone|\bTZ\b|\bzone\b|\bnow\b|Temporal|setTimeout|setInterval|fakeTimers|FakeTimers|setSystemTime|rrule|RRULE|recurrence|clock|\b\d{4}-\d{2}-\d{2}\b/i;

const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|^\s*import\s+['"](\.[^'"]+)['"]/gm;

/** The relative imports of a source text, resolved to files that exist (.ts, .tsx, index). */
export function localImports(file: string, text: string, exists: (path: string) => boolean): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const spec = match[1] ?? match[2] ?? '';
    const base = resolve(dirname(file), spec);
    const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
    const hit = candidates.find((c) => /\.(ts|tsx|mts)$/.test(c) && exists(c));
    if (hit) found.push(hit);
  }
  return found;
}

/** Where a suite (or a module it imports directly) uses a date API: "file: the match". */
export function dateUses(root: string, suite: string, exists: (path: string) => boolean, read = (path: string) => readFileSync(path, 'utf8')): string[] {
  const file = resolve(root, suite);
  const text = read(file);
  return [file, ...localImports(file, text, exists)].flatMap((path) => {
    const match = DATE_API.exec(read(path));
    return match ? [`${relative(root, path)}: ${match[0]}`] : [];
  });
}
