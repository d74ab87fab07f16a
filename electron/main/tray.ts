// The tray icon: the way back to a window that close-to-tray hid, and the one
// place that says how many reminders are unread while the window is away. Tray,
// Menu and nativeImage come in as deps, so this runs under Node in tests.
import type { MenuItemConstructorOptions } from 'electron';
import { COLOUR_ICON, TEMPLATE_ICON } from './trayIcon';

/** The part of a NativeImage used here. */
export interface TrayImage {
  addRepresentation(options: { scaleFactor: number; dataURL: string }): void;
  setTemplateImage(option: boolean): void;
}

/** The part of Electron's Tray used here. */
export interface TrayLike<M> {
  setToolTip(toolTip: string): void;
  setTitle(title: string): void;
  setContextMenu(menu: M): void;
  on(event: 'click', listener: () => void): unknown;
}

export interface TrayDeps<I extends TrayImage, M> {
  readonly Tray: new (image: I) => TrayLike<M>;
  readonly Menu: { buildFromTemplate(template: MenuItemConstructorOptions[]): M };
  readonly nativeImage: { createFromDataURL(dataURL: string): I };
  readonly platform: string;
  /** Shows the window, creating it again if it was closed. */
  readonly onOpen: () => void;
  /** Really quits: close-to-tray lets the window go. */
  readonly onQuit: () => void;
}

export interface StewardTray {
  setUnreadCount(count: number): void;
}

export function unreadLabel(count: number): string {
  return `${count} unread ${count === 1 ? 'reminder' : 'reminders'}`;
}

export function trayToolTip(count: number): string {
  return count > 0 ? `Steward — ${unreadLabel(count)}` : 'Steward';
}

export function trayMenuTemplate(count: number, deps: Pick<TrayDeps<TrayImage, unknown>, 'onOpen' | 'onQuit'>): MenuItemConstructorOptions[] {
  return [
    { label: 'Open Steward', click: () => deps.onOpen() },
    ...(count > 0 ? [{ label: unreadLabel(count), enabled: false }] : []),
    { type: 'separator' },
    { label: 'Quit Steward', click: () => deps.onQuit() },
  ];
}

function trayImage<I extends TrayImage>(deps: Pick<TrayDeps<I, unknown>, 'nativeImage' | 'platform'>): I {
  // macOS draws menu-bar icons itself from a black template, light or dark.
  const isMac = deps.platform === 'darwin';
  const icon = isMac ? TEMPLATE_ICON : COLOUR_ICON;
  const image = deps.nativeImage.createFromDataURL(icon.at1x);
  image.addRepresentation({ scaleFactor: 2, dataURL: icon.at2x });
  if (isMac) image.setTemplateImage(true);
  return image;
}

/** Creates the tray (only after `ready`); the caller keeps the result referenced. */
export function createTray<I extends TrayImage, M>(deps: TrayDeps<I, M>): StewardTray {
  const tray = new deps.Tray(trayImage(deps));
  const show = (count: number): void => {
    tray.setToolTip(trayToolTip(count));
    // The menu-bar title sits beside the icon on macOS; other platforms have none.
    if (deps.platform === 'darwin') tray.setTitle(count > 0 ? String(count) : '');
    // Linux app indicators show only the menu (no click event), so it carries the count too.
    tray.setContextMenu(deps.Menu.buildFromTemplate(trayMenuTemplate(count, deps)));
  };
  tray.on('click', () => deps.onOpen());
  let shown = 0;
  show(shown);
  return {
    setUnreadCount(count) {
      if (count === shown) return;
      shown = count;
      show(count);
    },
  };
}
