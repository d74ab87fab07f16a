// Secrets kept in the data folder: the token-signing secret (unless STEWARD_SYNC_SECRET
// gives one) and the embedded cluster's password. Made once, mode 0600, read ever after.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A secret kept in `dataDir/file`: read it, or make one (mode 0600) the first time. */
export async function keptSecret(dataDir: string, file: string): Promise<string> {
  const path = join(dataDir, file);
  if (existsSync(path)) return (await readFile(path, 'utf8')).trim();
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  await writeFile(path, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return secret;
}

/** The secret tokens are signed with: the one given (STEWARD_SYNC_SECRET), or the kept one. */
export async function serverSecret(dataDir: string, given: string | undefined): Promise<string> {
  if (given !== undefined && given.trim() !== '') {
    if (given.length < 32) throw new Error('STEWARD_SYNC_SECRET must be at least 32 characters');
    return given;
  }
  return keptSecret(dataDir, 'secret');
}
