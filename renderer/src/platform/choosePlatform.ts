import type { StewardApi } from '@shared/ipc';
import { STEWARD_API_KEY } from '@shared/ipc';
import { createElectronPlatform } from './electronPlatform';
import type { Platform } from './platform';
import { createWebPlatform } from './webPlatform';

/** The desktop app's preload exposes `window.steward`; anything else is a browser. */
export function choosePlatform(win: Window): Platform {
  const api = (win as Window & { [STEWARD_API_KEY]?: StewardApi })[STEWARD_API_KEY];
  return api ? createElectronPlatform(api) : createWebPlatform(win);
}
