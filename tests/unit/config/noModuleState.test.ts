// The lint rule that keeps shared/ free of module-level state (config/noModuleState.mjs, wired
// for shared/** in eslint.config.mjs) reports planted offenders where they are and nothing
// in the shared/ tree as it stands.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { noModuleState } from '../../../config/noModuleState.mjs';

const ROOT = join(__dirname, '../../..');
const RULE = 'steward/no-module-state';
const PLANTED = readFileSync(join(__dirname, 'fixtures/moduleState.planted.ts'), 'utf8');

/** Lines of the planted text carrying a marker comment. */
const linesMarked = (text: string, marker: RegExp) =>
  text
    .split('\n')
    .map((line, i) => (marker.test(line) ? i + 1 : 0))
    .filter((line) => line > 0);

/** The project's own lint setup (eslint.config.mjs), loaded once for the tests that lint a text. */
const projectLint = new ESLint({ cwd: ROOT });

async function ruleMessages(text: string, filePath: string) {
  const [result] = await projectLint.lintText(text, { filePath: join(ROOT, filePath) });
  return (result?.messages ?? []).filter((m) => m.ruleId === RULE);
}

describe('no module-level state in shared/', () => {
  it('reports each planted offender, on its line, as a file in shared/', async () => {
    const messages = await ruleMessages(PLANTED, 'shared/plantedModuleState.ts');
    const expected = linesMarked(PLANTED, /\/\/ offender/);
    expect(messages.map((m) => m.line).sort((a, b) => a - b)).toEqual(expected);
    expect(messages.find((m) => m.line === linesMarked(PLANTED, /^let calls/)[0])?.message).toMatch(/Module-level `let calls`/);
  }, 60_000);

  it('applies to shared/ only: the same text elsewhere is not checked', async () => {
    expect(await ruleMessages(PLANTED, 'renderer/db/plantedModuleState.ts')).toEqual([]);
  }, 60_000);

  it('finds nothing in the shared/ tree', async () => {
    // The rule alone, on every file: the two tests above prove eslint.config.mjs applies it to
    // shared/; the project's other rules over the tree here too cost half as much CPU again
    // and proved nothing more about this one (npm run lint runs them all).
    const rule = { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, plugins: { steward: { rules: { 'no-module-state': noModuleState } } }, rules: { [RULE]: 'error' as const } };
    const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: [rule] });
    const results = await eslint.lintFiles(['shared/**/*.ts']);
    const offenders = results.flatMap((r) => r.messages.filter((m) => m.ruleId === RULE).map((m) => `${r.filePath}:${m.line}: ${m.message}`));
    expect(results.length).toBeGreaterThan(50);
    expect(offenders).toEqual([]);
  }, 120_000);
});
