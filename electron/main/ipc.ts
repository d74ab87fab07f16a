// The one way main talks over IPC (STYLE.md rules 2 and 3). Every invoke is
// checked in the same order: the sender is the app's own top-level page, the
// payload parses with the channel's schema, and the handler's outcome - value or
// error - goes back in the result envelope, so nothing throws across the bridge.
// Errors carry a code (shared/ipc.ts IpcErrorCode): a foreign sender is `refused`,
// a payload off its schema is `bad-input`, a handler that throws is `failed` unless
// it threw an IpcRefusal with a code of its own.
import type { WebContents } from 'electron';
import { z } from 'zod';
import { IPC_CHANNELS, IPC_CONTRACT } from '../../shared/ipc';
import type { InvokeChannel, IpcErrorCode, IpcRequest, IpcResponse, IpcResult, RendererEvent, RendererEvents } from '../../shared/ipc';
import { isAppUrl } from './appOrigin';

/** The sending page's webContents, narrowed to what a handler may do with it. */
export type SenderContents = Pick<WebContents, 'printToPDF'>;

/** What a handler knows about an invoke beyond its payload: only the (checked) sending page. */
export interface InvokeContext {
  readonly sender: SenderContents;
}

export type Handler<C extends InvokeChannel> = (request: IpcRequest<C>, context: InvokeContext) => IpcResponse<C> | Promise<IpcResponse<C>>;

/** One handler per channel: the compiler refuses a map with a channel missing. */
export type Handlers = { readonly [C in InvokeChannel]: Handler<C> };

/**
 * Thrown by a handler (or what it calls) to answer with a code other than `failed`:
 * main will not do this (`refused`), or the content fails main's own checks (`bad-input`).
 */
export class IpcRefusal extends Error {
  constructor(
    readonly code: Exclude<IpcErrorCode, 'failed'>,
    message: string,
  ) {
    super(message);
    this.name = 'IpcRefusal';
  }
}

/** The part of an invoke event the checks read; Electron's IpcMainInvokeEvent fits. */
export interface InvokeEvent {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
  readonly sender: SenderContents;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, payload: unknown) => Promise<unknown>): void;
}

/** The sender is the app's page itself: its top-level frame, on the app's origin. */
export function isTrustedSender(event: InvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

/** Runs one invoke through the checks; always resolves to the envelope. */
async function invokeHandler<C extends InvokeChannel>(
  channel: C,
  handler: Handler<C>,
  event: InvokeEvent,
  payload: unknown,
): Promise<IpcResult<IpcResponse<C>>> {
  if (!isTrustedSender(event)) return failure('refused', `${channel}: refused a sender that is not the app's page`);
  const parsed = IPC_CONTRACT[channel].request.safeParse(payload);
  if (!parsed.success) return failure('bad-input', `${channel}: invalid request: ${z.prettifyError(parsed.error)}`);
  try {
    // The schema table and the request types are the same table, indexed by the same C.
    const value = await handler(parsed.data as IpcRequest<C>, { sender: event.sender });
    return { ok: true, value };
  } catch (error) {
    const message = `${channel}: ${error instanceof Error ? error.message : String(error)}`;
    return failure(error instanceof IpcRefusal ? error.code : 'failed', message);
  }
}

function failure(code: IpcErrorCode, message: string): IpcResult<never> {
  return { ok: false, error: { code, message } };
}

/** Registers one channel's handler on `ipcMain`. */
export function addHandler<C extends InvokeChannel>(electron: { readonly ipcMain: IpcMainLike }, channel: C, handler: Handler<C>): void {
  electron.ipcMain.handle(channel, (event, payload: unknown) => invokeHandler(channel, handler, event, payload));
}

/**
 * Registers every channel of the contract. Takes the object that holds `ipcMain`
 * (the electron module in the app, a fake in tests) so that this file stays the
 * only one that names it.
 */
export function registerHandlers(electron: { readonly ipcMain: IpcMainLike }, handlers: Handlers): void {
  for (const channel of IPC_CHANNELS) addChannel(electron, channel, handlers);
}

function addChannel<C extends InvokeChannel>(electron: { readonly ipcMain: IpcMainLike }, channel: C, handlers: Handlers): void {
  addHandler(electron, channel, handlers[channel]);
}

/** Sends a typed event to the renderer. */
export function sendEvent<E extends RendererEvent>(
  contents: Pick<WebContents, 'send'>,
  event: E,
  ...payload: RendererEvents[E] extends void ? [] : [RendererEvents[E]]
): void {
  contents.send(event, ...payload);
}
