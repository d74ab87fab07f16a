// The packaging config's fuses, read as the packaging hook reads them, with a stand-in
// for @electron/fuses that numbers the options as the package does (FuseV1Options).
import { describe, expect, it, vi } from 'vitest';
import { STEWARD_FUSES, afterPack, fuseConfig, packedElectronPath } from '../../../config/fuses';
import type { AfterPackContext, FusesModule } from '../../../config/fuses';

const FuseV1Options = {
  RunAsNode: 0,
  EnableCookieEncryption: 1,
  EnableNodeOptionsEnvironmentVariable: 2,
  EnableNodeCliInspectArguments: 3,
  EnableEmbeddedAsarIntegrityValidation: 4,
  OnlyLoadAppFromAsar: 5,
  LoadBrowserProcessSpecificV8Snapshot: 6,
  GrantFileProtocolExtraPrivileges: 7,
} as const;

function fakeFuses(): FusesModule & { flipFuses: ReturnType<typeof vi.fn> } {
  return { FuseVersion: { V1: '1' }, FuseV1Options, flipFuses: vi.fn(async () => undefined) };
}

const context = (electronPlatformName: string, arch = 1): AfterPackContext => ({
  appOutDir: '/build/out',
  electronPlatformName,
  arch,
  packager: { appInfo: { productFilename: 'Steward' }, executableName: 'steward' },
});

describe('the packaged app’s fuses', () => {
  it('turn off running as Node, NODE_OPTIONS and the inspector; turn on ASAR integrity, ASAR only and cookie encryption', () => {
    expect(STEWARD_FUSES).toMatchObject({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      EnableCookieEncryption: true,
      GrantFileProtocolExtraPrivileges: false,
    });
  });

  it('are flipped in the packed binary by the afterPack hook, by the package’s option numbers', async () => {
    const fuses = fakeFuses();
    await afterPack(context('linux'), fuses);
    expect(fuses.flipFuses).toHaveBeenCalledExactlyOnceWith('/build/out/steward', {
      version: '1',
      resetAdHocDarwinSignature: false,
      0: false,
      1: true,
      2: false,
      3: false,
      4: true,
      5: true,
      7: false,
    });
  });

  it('find the binary on each platform, and reset the ad-hoc signature on Apple silicon', () => {
    expect(packedElectronPath(context('win32'))).toBe('/build/out/Steward.exe');
    expect(packedElectronPath(context('darwin'))).toBe('/build/out/Steward.app');
    expect(packedElectronPath(context('mas'))).toBe('/build/out/Steward.app');
    expect(fuseConfig(fakeFuses(), context('darwin', 3))).toMatchObject({ resetAdHocDarwinSignature: true });
    expect(fuseConfig(fakeFuses(), context('darwin', 1))).toMatchObject({ resetAdHocDarwinSignature: false });
  });
});
