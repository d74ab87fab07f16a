// `npm run steward -- …`: wires Node's file system and process to runCli (cli/run.ts),
// which holds all the logic.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { DEFAULT_MAX_BACKUP_BYTES } from '../shared/backup/format';
import { runCli } from './run';

async function readSmallFile(path: string): Promise<string> {
  // Refuse before reading: a huge file would otherwise be loaded whole into memory.
  const { size } = await stat(path);
  if (size > DEFAULT_MAX_BACKUP_BYTES)
    throw new Error(`the file is too large (${Math.round(size / 1024 / 1024)} MB); a backup may be at most ${DEFAULT_MAX_BACKUP_BYTES / 1024 / 1024} MB`);
  return readFile(path, 'utf8');
}

void runCli(process.argv.slice(2), {
  readFile: readSmallFile,
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  now: () => new Date(),
}).then((code) => {
  process.exitCode = code;
});
