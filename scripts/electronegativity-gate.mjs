// `npm run security`: runs electronegativity over the main-process and preload
// TypeScript sources (electron/), and fails on any finding not accepted in
// electronegativity-baseline.json. The sources, not the bundles: findings then
// name real files and lines, and the checks still see `new BrowserWindow({...})`
// with its webPreferences literal (electron/main/window.ts keeps it that way).
// Electronegativity always exits 0, so this script reads its CSV and decides.
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
  const csv = join(dir, 'findings.csv');
  try {
    const run = spawnSync(
      process.execPath,
      [cli, '-i', join(root, scanned), '-o', csv, '-r', '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck', '-v', 'false'],
      { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
    );
    if (run.status !== 0 || !existsSync(csv)) {
      process.stderr.write(`${run.stdout ?? ''}${run.stderr ?? ''}`);
      print(`electronegativity: the scan did not produce a report (exit ${run.status}); failing.`);
      process.exit(1);
    }
    return parseCsv(readFileSync(csv, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and newlines. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (quoted) {
      field += char;
    } else if (char === ',') {
      endField();
    } else if (char === '\n') {
      endRow();
    } else if (char !== '\r') {
      field += char;
    }
  }
  if (field !== '' || row.length > 0) endRow();
  const [header, ...records] = rows.filter((cells) => cells.some((cell) => cell.trim() !== ''));
  const names = header.map((name) => name.trim());
  return records.map((cells) => Object.fromEntries(names.map((name, index) => [name, (cells[index] ?? '').trim()])));
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
  print(`NEW ${finding.issue} (${finding.severity}, ${finding.confidence}) ${finding.file}:${finding.location}  ${finding.sample}`);
  print(`    ${finding.description} ${finding.url}`);
}
print(
  `electronegativity (${scanned}/ sources, Electron ${electronVersion}): ${findings.length} findings, ` +
    `${findings.length - fresh.length} accepted in the baseline, ${fresh.length} new${fresh.length > 0 ? ' - fix them or accept them with a reason' : ''}.`,
);
process.exit(fresh.length > 0 ? 1 : 0);
