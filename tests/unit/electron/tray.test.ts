import { inflateSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { createTray } from '../../../electron/main/tray';
import type { TrayImage, TrayLike } from '../../../electron/main/tray';
import { COLOUR_ICON, TEMPLATE_ICON } from '../../../electron/main/trayIcon';

class FakeImage implements TrayImage {
  readonly representations: { scaleFactor: number; dataURL: string }[] = [];
  isTemplate = false;
  constructor(readonly dataURL: string) {}
  addRepresentation(options: { scaleFactor: number; dataURL: string }): void {
    this.representations.push(options);
  }
  setTemplateImage(option: boolean): void {
    this.isTemplate = option;
  }
}

interface FakeMenu {
  readonly template: MenuItemConstructorOptions[];
}

class FakeTray implements TrayLike<FakeMenu> {
  static created: FakeTray[] = [];
  toolTip = '';
  title = '';
  menu: FakeMenu | undefined;
  readonly listeners = new Map<string, () => void>();
  constructor(readonly image: FakeImage) {
    FakeTray.created.push(this);
  }
  setToolTip(toolTip: string): void {
    this.toolTip = toolTip;
  }
  setTitle(title: string): void {
    this.title = title;
  }
  setContextMenu(menu: FakeMenu): void {
    this.menu = menu;
  }
  on(event: string, listener: () => void): this {
    this.listeners.set(event, listener);
    return this;
  }
}

function makeTray(platform = 'linux') {
  FakeTray.created = [];
  const onOpen = vi.fn();
  const onQuit = vi.fn();
  const buildFromTemplate = vi.fn((template: MenuItemConstructorOptions[]): FakeMenu => ({ template }));
  const stewardTray = createTray({
    Tray: FakeTray,
    Menu: { buildFromTemplate },
    nativeImage: { createFromDataURL: (dataURL: string) => new FakeImage(dataURL) },
    platform,
    onOpen,
    onQuit,
  });
  const [tray] = FakeTray.created;
  if (!tray) throw new Error('no tray was created');
  const labels = (): (string | undefined)[] => tray.menu?.template.map((item) => (item.type === 'separator' ? '---' : item.label)) ?? [];
  const item = (label: string): MenuItemConstructorOptions | undefined => tray.menu?.template.find((entry) => entry.label === label);
  const click = (label: string): void => {
    // A menu item's click takes Electron's (menuItem, window, event); these items read none of them.
    const handler = item(label)?.click as (() => void) | undefined;
    if (!handler) throw new Error(`no menu item ${label}`);
    handler();
  };
  return { stewardTray, tray, onOpen, onQuit, buildFromTemplate, labels, item, click };
}

/** Width and height from a PNG data URL's IHDR, after checking the signature. */
function pngSize(dataURL: string): { width: number; height: number; pixels: Buffer } {
  const bytes = Buffer.from(dataURL.replace(/^data:image\/png;base64,/, ''), 'base64');
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  const idat = bytes.indexOf('IDAT');
  const length = bytes.readUInt32BE(idat - 4);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), pixels: inflateSync(bytes.subarray(idat + 4, idat + 4 + length)) };
}

describe('the tray icon images', () => {
  it.each([
    ['template', TEMPLATE_ICON],
    ['colour', COLOUR_ICON],
  ])('the %s icon is a 16 px PNG with a 32 px @2x', (_name, icon) => {
    const at1x = pngSize(icon.at1x);
    const at2x = pngSize(icon.at2x);
    expect([at1x.width, at1x.height, at2x.width, at2x.height]).toEqual([16, 16, 32, 32]);
    // RGBA rows, one filter byte each.
    expect(at1x.pixels).toHaveLength(16 * (16 * 4 + 1));
  });

  it('the template icon is black on transparent, as macOS expects', () => {
    const { pixels } = pngSize(TEMPLATE_ICON.at1x);
    const rgb: number[] = [];
    const alpha: number[] = [];
    for (let row = 0; row < 16; row += 1) {
      for (let x = 0; x < 16; x += 1) {
        const at = row * 65 + 1 + x * 4;
        rgb.push(pixels[at] ?? -1, pixels[at + 1] ?? -1, pixels[at + 2] ?? -1);
        alpha.push(pixels[at + 3] ?? -1);
      }
    }
    expect(rgb.every((value) => value === 0)).toBe(true);
    expect(alpha.some((value) => value === 255)).toBe(true);
    expect(alpha.some((value) => value === 0)).toBe(true);
  });
});

describe('the tray', () => {
  it('is created with the colour icon and its @2x on Windows and Linux', () => {
    const { tray } = makeTray('win32');
    expect(tray.image.dataURL).toBe(COLOUR_ICON.at1x);
    expect(tray.image.representations).toEqual([{ scaleFactor: 2, dataURL: COLOUR_ICON.at2x }]);
    expect(tray.image.isTemplate).toBe(false);
  });

  it('uses a template image on macOS', () => {
    const { tray } = makeTray('darwin');
    expect(tray.image.dataURL).toBe(TEMPLATE_ICON.at1x);
    expect(tray.image.representations).toEqual([{ scaleFactor: 2, dataURL: TEMPLATE_ICON.at2x }]);
    expect(tray.image.isTemplate).toBe(true);
  });

  it('starts with the tooltip "Steward" and a menu to open or quit', () => {
    const { tray, labels } = makeTray();
    expect(tray.toolTip).toBe('Steward');
    expect(labels()).toEqual(['Open Steward', '---', 'Quit Steward']);
  });

  it('shows the unread count in the tooltip and as a disabled menu item', () => {
    const { stewardTray, tray, labels, item } = makeTray();
    stewardTray.setUnreadCount(3);
    expect(tray.toolTip).toBe('Steward — 3 unread reminders');
    expect(labels()).toEqual(['Open Steward', '3 unread reminders', '---', 'Quit Steward']);
    expect(item('3 unread reminders')?.enabled).toBe(false);
    stewardTray.setUnreadCount(1);
    expect(tray.toolTip).toBe('Steward — 1 unread reminder');
    stewardTray.setUnreadCount(0);
    expect(tray.toolTip).toBe('Steward');
    expect(labels()).toEqual(['Open Steward', '---', 'Quit Steward']);
  });

  it('puts the count beside the icon in the macOS menu bar, and nothing when all is read', () => {
    const { stewardTray, tray } = makeTray('darwin');
    stewardTray.setUnreadCount(12);
    expect(tray.title).toBe('12');
    stewardTray.setUnreadCount(0);
    expect(tray.title).toBe('');
  });

  it('leaves the menu alone when the count has not changed', () => {
    const { stewardTray, buildFromTemplate } = makeTray();
    stewardTray.setUnreadCount(2);
    stewardTray.setUnreadCount(2);
    expect(buildFromTemplate).toHaveBeenCalledTimes(2);
  });

  it('shows the window when the icon is clicked', () => {
    const { tray, onOpen } = makeTray();
    tray.listeners.get('click')?.();
    expect(onOpen).toHaveBeenCalledOnce();
  });

  it('opens the window from "Open Steward" and quits from "Quit Steward"', () => {
    const { click, onOpen, onQuit } = makeTray();
    click('Open Steward');
    expect(onOpen).toHaveBeenCalledOnce();
    expect(onQuit).not.toHaveBeenCalled();
    click('Quit Steward');
    expect(onQuit).toHaveBeenCalledOnce();
  });
});
