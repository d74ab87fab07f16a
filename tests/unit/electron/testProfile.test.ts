// The Electron e2e tests' throwaway profile: honoured only by an unpackaged app, and
// only as an absolute path; a packaged app keeps the user's own profile whatever the
// environment says.
import { describe, expect, it } from 'vitest';
import { TEST_USER_DATA_ENV, testUserDataDir } from '../../../electron/main/testProfile';

const env = (dir: string | undefined) => ({ [TEST_USER_DATA_ENV]: dir, HOME: '/home/user' });

describe('testUserDataDir', () => {
  it('is the variable’s folder when the unpackaged app runs under the tests', () => {
    expect(testUserDataDir(env('/tmp/steward-electron-x1'), false)).toBe('/tmp/steward-electron-x1');
  });

  it('is ignored by a packaged app', () => {
    expect(testUserDataDir(env('/tmp/steward-electron-x1'), true)).toBeUndefined();
  });

  it.each([undefined, '', 'relative/profile', '../profile'])('is ignored when the variable is %j', (dir) => {
    expect(testUserDataDir(env(dir), false)).toBeUndefined();
  });
});
