// How `npm test` reads its runners' reports. The Vitest report's shape is the one Vitest 4
// wrote for a suite with a failed, a passed and a skipped test and a suite whose import threw;
// the summary named no failure until a failed unit test crashed the script before it printed
// its last line (a `const` read before its line was reached).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { firstLine, playwrightCounts, summaryLines, vitestCounts } from '../../../config/testReports';

const ROOT = '/work/main';
const folder = mkdtempSync(join(tmpdir(), 'steward-reports-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function report(name: string, body: unknown): string {
  const file = join(folder, name);
  writeFileSync(file, typeof body === 'string' ? body : JSON.stringify(body));
  return file;
}

const VITEST = {
  numTotalTestSuites: 3,
  numFailedTestSuites: 3,
  numTotalTests: 3,
  numPassedTests: 1,
  numFailedTests: 1,
  numPendingTests: 1,
  numTodoTests: 0,
  success: false,
  testResults: [
    {
      name: `${ROOT}/tests/sync/app/connection.test.ts`,
      status: 'failed',
      message: '',
      assertionResults: [
        { status: 'failed', fullName: 'two members on one server logged no failed step', failureMessages: ['AssertionError: Bob: expected [ Array(1) ] to deeply equal []\n    at connection.test.ts:284:66'] },
        { status: 'passed', fullName: 'two members on one server connects', failureMessages: [] },
        { status: 'skipped', fullName: 'two members on one server later', failureMessages: [] },
      ],
    },
    { name: `${ROOT}/tests/unit/zzthrow.test.ts`, status: 'failed', message: 'setup blew up\nsecond line', assertionResults: [] },
    { name: `${ROOT}/tests/unit/fine.test.ts`, status: 'passed', message: '', assertionResults: [{ status: 'passed', fullName: 'fine', failureMessages: [] }] },
  ],
};

describe('a Vitest report', () => {
  it('counts a failed test and a suite that failed with no failed test, and names each from the root', () => {
    expect(vitestCounts(report('unit.json', VITEST), ROOT)).toEqual({
      passed: 1,
      failed: 2,
      skipped: 1,
      failures: ['tests/sync/app/connection.test.ts > two members on one server logged no failed step: AssertionError: Bob: expected [ Array(1) ] to deeply equal []', 'tests/unit/zzthrow.test.ts: setup blew up'],
    });
  });

  it('is one failure when it is missing or is not a report', () => {
    expect(vitestCounts(join(folder, 'never-written.json'), ROOT)).toEqual({ passed: 0, failed: 1, skipped: 0, failures: [`no readable report at ${join(folder, 'never-written.json')}`] });
    expect(vitestCounts(report('cut.json', '{"numTotalTests": 3, "testRes'), ROOT).failed).toBe(1);
    expect(vitestCounts(report('other.json', { stats: {} }), ROOT).failed).toBe(1);
  });

  it('is one failure, saying why, when its shape is not a report’s (the summary is still printed)', () => {
    const odd = report('odd.json', { ...VITEST, testResults: [{ name: 'x', status: 'failed', assertionResults: 7 }] });
    expect(vitestCounts(odd, ROOT)).toEqual({ passed: 0, failed: 1, skipped: 0, failures: [expect.stringMatching(/^could not read the report at .*odd\.json: /)] });
    const oddE2e = report('odd-e2e.json', { stats: { expected: 1 }, suites: [{ title: 'a', specs: [{ file: 'a.spec.ts', title: 't', tests: 3 }] }] });
    expect(playwrightCounts(oddE2e, ROOT)).toMatchObject({ passed: 0, failed: 1, skipped: 0 });
  });
});

describe('a Playwright report', () => {
  const PLAYWRIGHT = {
    stats: { expected: 3, unexpected: 1, flaky: 1, skipped: 2 },
    errors: [{ message: 'Error: the web server exited early\n  at config' }],
    suites: [
      {
        title: 'recap.spec.ts',
        specs: [],
        suites: [
          {
            title: 'the meeting recap',
            specs: [
              { file: 'recap.spec.ts', title: 'keeps the heading focused', tests: [{ status: 'unexpected', results: [{ errors: [] }, { errors: [{ message: 'expect(locator).toBeFocused() failed\n\nReceived: inactive' }] }] }] },
              { file: 'recap.spec.ts', title: 'sends the recap', tests: [{ status: 'flaky', results: [{ errors: [{ message: 'timed out' }] }, { errors: [] }] }] },
            ],
          },
        ],
      },
    ],
  };

  it('passes a flaky test, fails an unexpected one and a run error, and names each under its describe', () => {
    expect(playwrightCounts(report('e2e.json', PLAYWRIGHT), ROOT)).toEqual({
      passed: 4,
      failed: 2,
      skipped: 2,
      failures: ['run error: Error: the web server exited early', 'recap.spec.ts > the meeting recap > keeps the heading focused: expect(locator).toBeFocused() failed'],
    });
  });

  it('is one failure when it is missing', () => {
    expect(playwrightCounts(join(folder, 'no-e2e.json'), ROOT)).toMatchObject({ passed: 0, failed: 1, skipped: 0 });
  });
});

describe('the summary', () => {
  it('names each failure under its runner and ends with the one line summed over every runner', () => {
    const unit = vitestCounts(report('unit-summary.json', VITEST), ROOT);
    const { lines, failed } = summaryLines([
      { label: 'unit America/Los_Angeles', counts: unit },
      { label: 'e2e', counts: { passed: 115, failed: 0, skipped: 2, failures: [] } },
    ]);
    expect(lines).toEqual([
      'Summary by runner:',
      '  unit America/Los_Angeles: 1 passed, 2 failed, 1 skipped',
      `    failed: ${unit.failures[0]}`,
      `    failed: ${unit.failures[1]}`,
      '  e2e: 115 passed, 0 failed, 2 skipped',
      '116 passed, 2 failed, 3 skipped',
    ]);
    expect(failed).toBe(2);
  });

  it('cuts a long first line to 160 characters and skips blank lines', () => {
    expect(firstLine(`\n  \n${'x'.repeat(200)}\nmore`)).toBe(`${'x'.repeat(157)}...`);
    expect(firstLine(undefined)).toBe('');
  });
});
