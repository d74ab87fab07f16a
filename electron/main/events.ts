// Events main forwards to the page. Main never schedules reminders: it tells
// the renderer's heartbeat that time may have jumped, or which notification
// the user clicked, and the renderer decides what to do.
import { sendEvent } from './ipc';
import { bringToFront } from './window';
import type { WindowLike } from './window';

type GetWindow = () => WindowLike | undefined;

/** The part of Electron's powerMonitor used here. */
export interface PowerEvents {
  on(event: 'resume', listener: () => void): unknown;
  on(event: 'unlock-screen', listener: () => void): unknown;
}

/** Waking from sleep and unlocking the screen both mean "check what came due". */
export function forwardPowerEvents(powerMonitor: PowerEvents, getWindow: GetWindow): void {
  const notify = (): void => {
    const window = getWindow();
    if (window) sendEvent(window.webContents, 'power:resumed');
  };
  powerMonitor.on('resume', notify);
  powerMonitor.on('unlock-screen', notify);
}

/** A notification click opens the app on the item it was about. */
export function openNotificationTarget(getWindow: GetWindow): (key: string) => void {
  return (key) => {
    const window = getWindow();
    if (!window) return;
    bringToFront(window);
    sendEvent(window.webContents, 'notification:clicked', { key });
  };
}
