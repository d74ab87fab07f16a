// `npm run security`: runs electronegativity over the main-process and preload
// TypeScript sources (electron/), and fails on any finding not accepted in
// electronegativity-baseline.json. The sources, not the bundles: findings then
// name real files and lines, and the checks still see `new BrowserWindow({...})`
// with its webPreferences literal (electron/main/window.ts keeps it that way).
// Electronegativity always exits 0, so this script reads its report and decides.
// Offline: the check that downloads Electron's release list is left out (the
// Electron version is pinned in package.json), and the translation fetch times
// out after a second and falls back to English.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import process from 'node:process';

const root = resolve(import.meta.dirname, '..');
const scanned = 'electron';
const cli = join(root, 'node_modules/@doyensec/electronegativity/dist/index.js');
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const baseline = JSON.parse(readFileSync(join(root, 'electronegativity-baseline.json'), 'utf8')).accepted;

const print = (line) => process.stdout.write(`${line}\n`);

function scan() {
  const dir = mkdtempSync(join(tmpdir(), 'steward-electronegativity-'));
  const report = join(dir, 'findings.sarif');
  try {
    const run = spawnSync(
      process.execPath,
      [cli, '-i', join(root, scanned), '-o', report, '-r', '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck', '-v', 'false'],
      { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
    );
    if (run.status !== 0 || !existsSync(report)) {
      process.stderr.write(`${run.stdout ?? ''}${run.stderr ?? ''}`);
      print(`electronegativity: the scan did not produce a report (exit ${run.status}); failing.`);
      process.exit(1);
    }
    return fromSarif(JSON.parse(readFileSync(report, 'utf8')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// SARIF, not CSV: electronegativity writes its CSV header and its rows as two
// concurrent fs.writeFile calls ('w' then 'a'), so on a busy machine the header
// can land last and overwrite the first row. The SARIF report is one write.
// SARIF carries no code sample, so it is read from the flagged line, trimmed,
// as electronegativity's own CSV does; global checks have no file ('file:///').
function fromSarif(sarif) {
  const lines = new Map();
  const lineOf = (file, number) => {
    if (!lines.has(file)) lines.set(file, readFileSync(join(root, scanned, file), 'utf8').split('\n'));
    return (lines.get(file)[number - 1] ?? '').trim();
  };
  return sarif.runs.flatMap((run) =>
    run.results.map((result) => {
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      const global = artifactLocation.uri === 'file:///';
      return {
        issue: result.ruleId,
        severity: result.level,
        filename: global ? 'N/A' : artifactLocation.uri,
        location: `${region.startLine}:${region.startColumn}`,
        sample: global ? 'N/A' : lineOf(artifactLocation.uri, region.startLine),
        description: result.message.text,
        url: `https://github.com/doyensec/electronegativity/wiki/${result.ruleId}`,
      };
    }),
  );
}

// A finding is identified by check, file and the code on its line, not the line
// number: moving code keeps its acceptance, changing the flagged line asks again.
const keyOf = ({ issue, file, sample }) => `${issue} | ${file} | ${sample}`;
const fileOf = (finding) => (finding.filename === 'N/A' ? 'N/A' : `${scanned}/${finding.filename}`);

const findings = scan().map((finding) => ({ ...finding, file: fileOf(finding) }));
const accepted = new Set(baseline.map(keyOf));
const fresh = findings.filter((finding) => !accepted.has(keyOf(finding)));
const found = new Set(findings.map(keyOf));
const stale = baseline.filter((entry) => !found.has(keyOf(entry)));

for (const entry of stale) print(`note: baseline entry no longer found, remove it: ${keyOf(entry)}`);
for (const finding of fresh) {
  print(`NEW ${finding.issue} (${finding.severity}) ${finding.file}:${finding.location}  ${finding.sample}`);
  print(`    ${finding.description} ${finding.url}`);
}
print(
  `electronegativity (${scanned}/ sources, Electron ${electronVersion}): ${findings.length} findings, ` +
    `${findings.length - fresh.length} accepted in the baseline, ${fresh.length} new${fresh.length > 0 ? ' - fix them or accept them with a reason' : ''}.`,
);
process.exit(fresh.length > 0 ? 1 : 0);
