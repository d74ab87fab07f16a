// The Electron e2e tests run the app against a throwaway profile named in an
// environment variable. A shipped app must never honour it: anyone who can set a
// variable for the user's session could otherwise point Steward at another profile
// (a planted database, or a folder where the user's data silently is not). So it is
// read only when Electron says the app is not packaged - the tests launch the
// unpackaged build with the stock Electron binary - and only as an absolute path.
import { isAbsolute } from 'node:path';

export const TEST_USER_DATA_ENV = 'STEWARD_TEST_USER_DATA_DIR';

/** The test profile to use, or undefined: always undefined in a packaged app. */
export function testUserDataDir(env: Readonly<Record<string, string | undefined>>, isPackaged: boolean): string | undefined {
  if (isPackaged !== false) return undefined;
  const dir = env[TEST_USER_DATA_ENV];
  return dir !== undefined && dir !== '' && isAbsolute(dir) ? dir : undefined;
}
