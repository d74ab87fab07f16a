import type { Platform } from './platform';
import { createWebPlatform } from './webPlatform';

/** The desktop app's preload exposes `window.steward`; anything else is a browser. */
export function choosePlatform(win: Window): Platform {
  return createWebPlatform(win);
}
