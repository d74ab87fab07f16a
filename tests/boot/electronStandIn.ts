// A stand-in for the `electron` module, for booting the built main bundle under
// Node where no Electron runtime exists. It records what main asks of Electron,
// and refuses what real Electron refuses before `ready` (windows, tray, sessions).
import { EventEmitter } from 'node:events';

type Listener = (...args: unknown[]) => unknown;
type IpcListener = (event: unknown, payload?: unknown) => Promise<unknown>;
type ProtocolHandler = (request: Request) => Promise<Response>;

export interface PreventableEvent {
  readonly url: string;
  preventDefault(): void;
  readonly isPrevented: boolean;
}

export function preventable(url = ''): PreventableEvent {
  let isPrevented = false;
  return {
    url,
    preventDefault: () => {
      isPrevented = true;
    },
    get isPrevented() {
      return isPrevented;
    },
  };
}

export class StandInWebContents extends EventEmitter {
  readonly sent: unknown[][] = [];
  windowOpenHandler: ((details: { url: string }) => unknown) | undefined;

  send(...args: unknown[]): void {
    this.sent.push(args);
  }

  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.windowOpenHandler = handler;
  }
}

export interface StandInMenuItem {
  readonly label?: string;
  readonly type?: string;
  readonly enabled?: boolean;
  readonly click?: () => void;
}

export class StandInImage {
  readonly representations: unknown[] = [];
  isTemplate = false;
  constructor(readonly dataURL: string) {}
  addRepresentation(options: unknown): void {
    this.representations.push(options);
  }
  setTemplateImage(option: boolean): void {
    this.isTemplate = option;
  }
}

export function createElectronStandIn() {
  const log: string[] = [];
  let isReady = false;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const appEvents = new EventEmitter();
  const powerEvents = new EventEmitter();
  const record = {
    log,
    privilegedSchemes: [] as { schemes: unknown; isBeforeReady: boolean }[],
    protocolHandlers: new Map<string, ProtocolHandler>(),
    ipcHandlers: new Map<string, IpcListener>(),
    windows: [] as { options: Record<string, unknown>; loadedUrls: string[]; webContents: StandInWebContents; window: EventEmitter }[],
    trays: [] as StandInTray[],
    notifications: [] as EventEmitter[],
    badgeCounts: [] as number[],
    loginItemSettings: [] as unknown[],
    permissionRequestHandler: undefined as Listener | undefined,
    permissionCheckHandler: undefined as Listener | undefined,
  };

  const requireReady = (what: string): void => {
    if (!isReady) throw new Error(`${what} used before the app is ready`);
  };

  class BrowserWindow extends EventEmitter {
    readonly webContents = new StandInWebContents();
    readonly loadedUrls: string[] = [];

    constructor(readonly options: Record<string, unknown>) {
      super();
      requireReady('BrowserWindow');
      log.push('new BrowserWindow');
      record.windows.push({ options, loadedUrls: this.loadedUrls, webContents: this.webContents, window: this });
      appEvents.emit('web-contents-created', {}, this.webContents);
    }

    loadURL(url: string): Promise<void> {
      this.loadedUrls.push(url);
      return Promise.resolve();
    }

    show(): void {
      log.push('window.show');
    }
    hide(): void {
      log.push('window.hide');
    }
    focus(): void {
      log.push('window.focus');
    }
    restore(): void {}
    isMinimized(): boolean {
      return false;
    }
  }

  class Notification extends EventEmitter {
    constructor(readonly options: unknown) {
      super();
      record.notifications.push(this);
    }
    show(): void {}
  }

  class StandInTray extends EventEmitter {
    toolTip = '';
    menu: { template: StandInMenuItem[] } | null = null;

    constructor(readonly image: StandInImage) {
      super();
      requireReady('Tray');
      log.push('new Tray');
      record.trays.push(this);
    }
    setToolTip(toolTip: string): void {
      this.toolTip = toolTip;
    }
    setTitle(): void {}
    setContextMenu(menu: { template: StandInMenuItem[] } | null): void {
      this.menu = menu;
    }
  }

  const electron = {
    app: {
      name: 'electron',
      // As when the tests run the unpackaged build with the stock Electron binary.
      isPackaged: false,
      setName(name: string) {
        log.push(`app.setName ${name}`);
        this.name = name;
      },
      getName() {
        return this.name;
      },
      getVersion: () => '0.1.0',
      getPath: (name: string) => `/stand-in/${name}`,
      setPath: (name: string, path: string) => log.push(`app.setPath ${name} ${path}`),
      requestSingleInstanceLock: () => true,
      on(event: string, listener: Listener) {
        appEvents.on(event, listener);
        return this;
      },
      whenReady: () => ready,
      isReady: () => isReady,
      // Like Electron, quitting announces itself with before-quit before closing windows.
      quit: () => {
        log.push('app.quit');
        appEvents.emit('before-quit', {});
      },
      exit: (code: number) => log.push(`app.exit ${code}`),
      setLoginItemSettings: (settings: unknown) => record.loginItemSettings.push(settings),
      setBadgeCount: (count: number) => {
        record.badgeCounts.push(count);
        return true;
      },
    },
    protocol: {
      registerSchemesAsPrivileged(schemes: unknown) {
        log.push('protocol.registerSchemesAsPrivileged');
        record.privilegedSchemes.push({ schemes, isBeforeReady: !isReady });
      },
      handle(scheme: string, handler: ProtocolHandler) {
        requireReady('protocol.handle');
        record.protocolHandlers.set(scheme, handler);
      },
    },
    ipcMain: {
      handle(channel: string, listener: IpcListener) {
        if (record.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
        record.ipcHandlers.set(channel, listener);
      },
    },
    session: {
      get defaultSession() {
        requireReady('session.defaultSession');
        return {
          setPermissionRequestHandler: (handler: Listener) => (record.permissionRequestHandler = handler),
          setPermissionCheckHandler: (handler: Listener) => (record.permissionCheckHandler = handler),
        };
      },
    },
    get powerMonitor() {
      requireReady('powerMonitor');
      return powerEvents;
    },
    BrowserWindow,
    Notification,
    Tray: StandInTray,
    Menu: { buildFromTemplate: (template: StandInMenuItem[]) => ({ template }) },
    nativeImage: { createFromDataURL: (dataURL: string) => new StandInImage(dataURL) },
    shell: { openExternal: () => Promise.resolve() },
    dialog: { showSaveDialog: () => Promise.resolve({ canceled: true, filePath: '' }) },
  };

  return {
    electron,
    record,
    appEvents,
    powerEvents,
    becomeReady(): void {
      log.push('ready');
      isReady = true;
      markReady();
    },
  };
}

export type ElectronStandIn = ReturnType<typeof createElectronStandIn>;
