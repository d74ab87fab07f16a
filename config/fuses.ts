// Electron fuses for the packaged app: bits in the Electron binary, flipped once at
// package time, that switch off what Steward never uses and an attacker on the machine
// would (STYLE/DESIGN: the app makes no network requests and trusts no page). The
// packaging step calls `afterPack` with the packed app; it flips these with
// @electron/fuses (a devDependency to add with the packager: `@electron/fuses@2.1.3`).
// The package comes in as a parameter, so a unit test checks exactly what is flipped.

/** @electron/fuses' FuseV1Options, by name (the package numbers them). */
export type FuseName =
  | 'RunAsNode'
  | 'EnableCookieEncryption'
  | 'EnableNodeOptionsEnvironmentVariable'
  | 'EnableNodeCliInspectArguments'
  | 'EnableEmbeddedAsarIntegrityValidation'
  | 'OnlyLoadAppFromAsar'
  | 'LoadBrowserProcessSpecificV8Snapshot'
  | 'GrantFileProtocolExtraPrivileges';

/** What the packaged Steward runs with. */
export const STEWARD_FUSES = {
  // ELECTRON_RUN_AS_NODE would turn the signed binary into a plain Node for any script.
  RunAsNode: false,
  // NODE_OPTIONS (--require, --inspect) would inject code into main.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect and friends would open a debugger port into main.
  EnableNodeCliInspectArguments: false,
  // The app code is checked against the hash in the signed binary (macOS, Windows).
  EnableEmbeddedAsarIntegrityValidation: true,
  // Only app.asar, never a loose app/ folder someone drops beside it.
  OnlyLoadAppFromAsar: true,
  // Steward sets no cookies, but whatever Chromium stores is encrypted with the OS key; one-way, harmless.
  EnableCookieEncryption: true,
  // The page is served from app://, never file://: file: gets no extra privileges.
  GrantFileProtocolExtraPrivileges: false,
} as const satisfies Partial<Record<FuseName, boolean>>;

/** The part of @electron/fuses the hook uses. */
export interface FusesModule {
  readonly FuseVersion: { readonly V1: string };
  readonly FuseV1Options: Readonly<Record<FuseName, number>>;
  flipFuses(pathToElectron: string, config: Readonly<Record<string, unknown>>): Promise<unknown>;
}

/** The part of electron-builder's AfterPackContext the hook reads. */
export interface AfterPackContext {
  readonly appOutDir: string;
  readonly electronPlatformName: string;
  /** electron-builder's Arch: 3 is arm64, 4 universal. */
  readonly arch: number;
  readonly packager: { readonly appInfo: { readonly productFilename: string }; readonly executableName?: string };
}

const ARM64 = 3;
const UNIVERSAL = 4;

/** The packed Electron binary (the .app bundle on macOS), where the fuses live. */
export function packedElectronPath(context: AfterPackContext): string {
  const { appOutDir, electronPlatformName, packager } = context;
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return `${appOutDir}/${name}.app`;
  if (electronPlatformName === 'win32') return `${appOutDir}/${name}.exe`;
  return `${appOutDir}/${packager.executableName ?? name}`;
}

/** The config flipFuses takes: version 1, each of STEWARD_FUSES by the package's number. */
export function fuseConfig(fuses: FusesModule, context: AfterPackContext): Readonly<Record<string, unknown>> {
  const isAppleSilicon = context.electronPlatformName === 'darwin' && (context.arch === ARM64 || context.arch === UNIVERSAL);
  return {
    version: fuses.FuseVersion.V1,
    // Flipping invalidates an ad-hoc signature; arm64 macOS refuses to launch without one until signed.
    resetAdHocDarwinSignature: isAppleSilicon,
    ...Object.fromEntries(Object.entries(STEWARD_FUSES).map(([name, value]) => [fuses.FuseV1Options[name as FuseName], value])),
  };
}

/** electron-builder's `afterPack` hook, given the fuses package: flips STEWARD_FUSES in the packed binary. */
export async function afterPack(context: AfterPackContext, fuses: FusesModule): Promise<void> {
  await fuses.flipFuses(packedElectronPath(context), fuseConfig(fuses, context));
}
