// Node file-system errors as main's adapters read them: a missing file or folder is an
// answer ("no backups yet", "no marker yet"), anything else is a real failure.
import { readdir } from 'node:fs/promises';

export const errorCode = (error: unknown) => (error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined);

export const isMissing = (error: unknown) => errorCode(error) === 'ENOENT';

/** The names in a folder; [] when the folder does not exist. */
export async function readdirOrEmpty(path: string): Promise<string[]> {
  try {
    return await readdir(path);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}
