// What `npm test` (scripts/test.mjs) reads from each runner's JSON report: its counts and,
// for each failure, one line naming it; and the summary it ends with. A missing or unreadable
// report counts as one failure, so a runner that crashed is never read as a clean one.
import { existsSync, readFileSync } from 'node:fs';

export interface RunnerCounts {
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  /** One line per failure: where and the first line of what it said. */
  readonly failures: readonly string[];
}

export interface Runner {
  readonly label: string;
  readonly counts: RunnerCounts;
}

interface VitestAssertion {
  readonly status?: string;
  readonly fullName?: string;
  readonly failureMessages?: readonly string[];
}

interface VitestReport {
  readonly numTotalTests?: unknown;
  readonly numPassedTests: number;
  readonly numFailedTests: number;
  readonly numPendingTests: number;
  readonly numTodoTests: number;
  readonly testResults?: readonly { readonly name?: string; readonly status?: string; readonly message?: string; readonly assertionResults?: readonly VitestAssertion[] }[];
}

interface PlaywrightSuite {
  readonly title?: string;
  readonly specs?: readonly { readonly file?: string; readonly title?: string; readonly tests?: readonly PlaywrightTest[] }[];
  readonly suites?: readonly PlaywrightSuite[];
}

interface PlaywrightTest {
  readonly status?: string;
  readonly results?: readonly { readonly errors?: readonly { readonly message?: string }[] }[];
}

interface PlaywrightReport {
  readonly stats?: { readonly expected?: number; readonly unexpected?: number; readonly flaky?: number; readonly skipped?: number };
  readonly errors?: readonly { readonly message?: string }[];
  readonly suites?: readonly PlaywrightSuite[];
}

function readJson(file: string): unknown {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** A failure's first line, short enough for the summary. */
export function firstLine(message: unknown): string {
  const line =
    String(message ?? '')
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l !== '') ?? '';
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

/** A path as the summary names it: from the project's root. */
const fromRoot = (root: string, file: unknown) => String(file ?? '').replace(`${root}/`, '');

const unreadable = (root: string, file: string): RunnerCounts => ({ passed: 0, failed: 1, skipped: 0, failures: [`no readable report at ${fromRoot(root, file)}`] });

/**
 * A report's counts, or one failure saying why it could not be read: a report of an unexpected
 * shape must not stop the summary from being printed.
 */
function countsOf(file: string, root: string, read: () => RunnerCounts): RunnerCounts {
  try {
    return read();
  } catch (error) {
    return { passed: 0, failed: 1, skipped: 0, failures: [`could not read the report at ${fromRoot(root, file)}: ${firstLine(error instanceof Error ? error.message : error)}`] };
  }
}

/** A Vitest JSON report's counts; a file that failed with no failed test (its setup threw, its tests skipped) is one failure. */
export function vitestCounts(file: string, root: string): RunnerCounts {
  return countsOf(file, root, () => readVitest(file, root));
}

function readVitest(file: string, root: string): RunnerCounts {
  const report = readJson(file) as VitestReport | undefined;
  if (!report || typeof report.numTotalTests !== 'number') return unreadable(root, file);
  const failures: string[] = [];
  let suiteFailures = 0;
  for (const suite of report.testResults ?? []) {
    const failed = (suite.assertionResults ?? []).filter((a) => a.status === 'failed');
    for (const a of failed) failures.push(`${fromRoot(root, suite.name)} > ${a.fullName ?? ''}: ${firstLine(a.failureMessages?.[0])}`);
    if (suite.status === 'failed' && failed.length === 0) {
      suiteFailures += 1;
      failures.push(`${fromRoot(root, suite.name)}: ${firstLine(suite.message)}`);
    }
  }
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + suiteFailures,
    skipped: report.numPendingTests + report.numTodoTests,
    failures,
  };
}

/** Every test of a Playwright JSON report, with its file and title path. */
function* playwrightTests(suites: readonly PlaywrightSuite[] | undefined, titles: readonly string[] = []): Generator<{ file: string; title: string; test: PlaywrightTest }> {
  for (const suite of suites ?? []) {
    const path = suite.title && !suite.title.endsWith('.ts') ? [...titles, suite.title] : titles;
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) yield { file: spec.file ?? '', title: [...path, spec.title ?? ''].join(' > '), test };
    }
    yield* playwrightTests(suite.suites, path);
  }
}

/** A Playwright JSON report's counts: a flaky test (passed on its retry) passes; an error outside any test fails. */
export function playwrightCounts(file: string, root: string): RunnerCounts {
  return countsOf(file, root, () => readPlaywright(file, root));
}

function readPlaywright(file: string, root: string): RunnerCounts {
  const report = readJson(file) as PlaywrightReport | undefined;
  if (!report || !report.stats) return unreadable(root, file);
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  const errors = report.errors ?? [];
  const failures = errors.map((error) => `run error: ${firstLine(error.message)}`);
  for (const { file: spec, title, test } of playwrightTests(report.suites)) {
    if (test.status !== 'unexpected') continue;
    const error = test.results?.flatMap((r) => r.errors ?? [])[0];
    failures.push(`${spec} > ${title}: ${firstLine(error?.message)}`);
  }
  return { passed: expected + flaky, failed: unexpected + errors.length, skipped, failures };
}

/**
 * The summary's lines: one per runner, each failure named under its runner (so the last lines
 * of a long CI log say what failed), and last the one plain line summed over every runner.
 */
export function summaryLines(runners: readonly Runner[]): { readonly lines: string[]; readonly failed: number } {
  const total = { passed: 0, failed: 0, skipped: 0 };
  const lines = ['Summary by runner:'];
  for (const { label, counts } of runners) {
    lines.push(`  ${label}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
    for (const failure of counts.failures) lines.push(`    failed: ${failure}`);
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
  }
  lines.push(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  return { lines, failed: total.failed };
}
