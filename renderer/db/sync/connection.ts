// The network side of team sync: one WebSocket to the team server (Hocuspocus), and on it one
// provider per partnership document (Hocuspocus 4 multiplexes providers over a shared
// HocuspocusProviderWebsocket), attached to the Y.Docs `openDocs` keeps in this database.
// Which partnerships: those the server's access list (`GET /access`) gives this member, plus
// the ones this machine made that the server has never confirmed (the server lets the first
// member who pushes an unknown partnership own it: that is how a new partnership is shared).
// Everything works offline: edits go into the documents and wait; the provider catches up
// when the server is reachable again. The status counts what waits.
import Dexie from 'dexie';
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { AccessList, DocumentPart, ShareRequest, UnshareRequest } from '@shared/sync/protocol';
import { ACCESS_CHANGED, ACCESS_PATH, REFUSALS, SHARE_PATH, UNSHARE_PATH, partnershipDocumentName } from '@shared/sync/protocol';
import type { PartnershipDocs } from '@shared/sync/documents';
import { readRecord } from '@shared/sync/documents';
import type { SyncStatus } from '@shared/sync/status';
import { describeRefusal, isTokenRefusal } from '@shared/sync/status';
import type { SyncContext } from './index';
import { openDocs, seedDocs } from './index';
import { readConfirmed, readGranted } from './keptRows';

export interface ConnectionOptions {
  /** The team server's WebSocket URL (ws:// or wss://); its HTTP API is on the same host and port. */
  readonly url: string;
  readonly token: string;
  readonly sync: SyncContext;
  /** The WebSocket class: the page's by default (`ws` in Node tests). */
  readonly WebSocket?: unknown;
  readonly fetch?: typeof fetch;
  /** How often the access list is read again while connected, in ms (default a minute). */
  readonly accessEveryMs?: number;
  /** Reconnection back-off in ms: the first wait and the longest (default 1 s to 30 s). */
  readonly retryMs?: { readonly min: number; readonly max: number };
}

export interface TeamConnection {
  status(): SyncStatus;
  /** Calls `listener` with each new status or access list (not the current one); returns the unsubscribe. */
  subscribe(listener: (status: SyncStatus) => void): () => void;
  /** The last access list the server gave, if any. */
  access(): AccessList | undefined;
  /** Reads the access list again and connects or drops partnerships to match it. */
  refreshAccess(): Promise<void>;
  /** Gives a member a role on a partnership this member owns (POST /share), then reads the access list again. */
  share(request: ShareRequest): Promise<AccessChange>;
  /** Takes a partnership this member owns back from a member (POST /unshare), then reads the access list again. */
  unshare(request: UnshareRequest): Promise<AccessChange>;
  /** The partnerships with an open provider, sorted. */
  connected(): string[];
  /** Disconnects and stops every timer; the documents and the tables stay as they are. */
  close(): Promise<void>;
}

/** The answer of `GET /access`: the list, a refusal (the token is not good), or unreachable. */
export type AccessAnswer = { readonly ok: true; readonly access: AccessList } | { readonly ok: false; readonly refusal: string } | { readonly ok: false; readonly unreachable: string };

/** http(s)://host:port/access for a ws(s):// server URL. */
export function accessUrl(url: string): string {
  const parsed = new URL(url);
  parsed.protocol = parsed.protocol === 'wss:' ? 'https:' : 'http:';
  return `${parsed.origin}${ACCESS_PATH}`;
}

/** Asks the server which partnerships the token's member has. */
export async function readAccess(url: string, token: string, fetcher: typeof fetch = globalThis.fetch.bind(globalThis)): Promise<AccessAnswer> {
  let response: Response;
  try {
    response = await fetcher(accessUrl(url), { headers: { Authorization: `Bearer ${token}` } });
  } catch (error) {
    return { ok: false, unreachable: error instanceof Error ? error.message : String(error) };
  }
  const body = (await response.json().catch(() => undefined)) as { error?: unknown } | AccessList | undefined;
  if (response.status === 401 && body && 'error' in body && typeof body.error === 'string') return { ok: false, refusal: body.error };
  if (!response.ok || !body || !('partnerships' in body)) return { ok: false, unreachable: `the server answered ${response.status}` };
  return { ok: true, access: body };
}

/** What the server answered an owner's change of access (share, unshare): done, or why not in a sentence. */
export type AccessChange = { readonly ok: true } | { readonly ok: false; readonly message: string };

/** Asks the server to give a member a role on a partnership this member owns; the answer says why not. */
export function requestShare(url: string, token: string, request: ShareRequest, fetcher: typeof fetch = globalThis.fetch.bind(globalThis)): Promise<AccessChange> {
  return postAccessChange(url, SHARE_PATH, token, request, fetcher, 'The team server cannot be reached: share again once you are online.');
}

/** Asks the server to take a partnership this member owns back from a member; the answer says why not. */
export function requestUnshare(url: string, token: string, request: UnshareRequest, fetcher: typeof fetch = globalThis.fetch.bind(globalThis)): Promise<AccessChange> {
  return postAccessChange(url, UNSHARE_PATH, token, request, fetcher, 'The team server cannot be reached: stop sharing again once you are online.');
}

async function postAccessChange(url: string, path: string, token: string, request: ShareRequest | UnshareRequest, fetcher: typeof fetch, offline: string): Promise<AccessChange> {
  let response: Response;
  try {
    response = await fetcher(accessUrl(url).replace(/\/access$/, path), { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(request) });
  } catch {
    return { ok: false, message: offline };
  }
  if (response.ok) return { ok: true };
  const body = (await response.json().catch(() => undefined)) as { error?: unknown } | undefined;
  const error = typeof body?.error === 'string' ? body.error : `the server answered ${response.status}`;
  return { ok: false, message: response.status === 401 ? describeRefusal(error) : error };
}

const CONFIRMED = (doc: string) => `sync-confirmed:${doc}` as const;
/** The partnerships the server's last access list gave this member, kept for a start without the server. */
const GRANTED = 'sync-granted';

interface Link {
  readonly partnershipId: string;
  readonly name: string;
  readonly doc: Y.Doc;
  readonly provider: HocuspocusProvider;
  readOnly: boolean;
  readonly onUpdate: () => void;
}

/** A state vector as client → clock. */
const vectorOf = (doc: Y.Doc): Map<number, number> => Y.decodeStateVector(Y.encodeStateVector(doc));

/** Connects this machine's documents to the team server. Returns at once; the status follows. */
export function connectTeam(options: ConnectionOptions): TeamConnection {
  const { sync, token, url } = options;
  const { db } = sync.app;
  const retry = options.retryMs ?? { min: 1000, max: 30_000 };
  const fetcher = options.fetch ?? globalThis.fetch.bind(globalThis);
  const links = new Map<string, Link[]>();
  const opened = new Map<string, PartnershipDocs>();
  const confirmed = new Map<string, Map<number, number>>();
  const notShared = new Set<string>();
  const listeners = new Set<(status: SyncStatus) => void>();
  let access: AccessList | undefined;
  let fatal: string | undefined;
  let wentOffline = false;
  let closed = false;
  let last = '';
  let heard: AccessList | undefined;
  let current: SyncStatus = { kind: 'connecting', waiting: 0 };
  let work: Promise<void> = Promise.resolve();
  let reconciled = false;
  let reconciling = 0;

  const socket = new HocuspocusProviderWebsocket({
    url,
    ...(options.WebSocket ? { WebSocketPolyfill: options.WebSocket } : {}),
    // minDelay above maxDelay never connects (the back-off library's range is then empty).
    delay: retry.min,
    minDelay: retry.min,
    maxDelay: Math.max(retry.min, retry.max),
  });

  // Each document's count of waiting changes, worked out again only once the document or what the
  // server confirmed of it changed: the status is worked out at every update of every document,
  // and reading every document's state vector each time made a joining machine's pull quadratic
  // in its partnerships.
  const waitingCounts = new Map<string, number>();

  /** The changes of this machine in a document the server has not confirmed: its own clients' clocks past the confirmed ones. */
  function waitingIn(link: Link): number {
    const known = waitingCounts.get(link.name);
    if (known !== undefined) return known;
    const own = sync.ownClients.get(link.name);
    const seen = confirmed.get(link.name) ?? new Map<number, number>();
    let waiting = 0;
    for (const [client, clock] of vectorOf(link.doc)) if (!own || own.has(client)) waiting += Math.max(0, clock - (seen.get(client) ?? 0));
    waitingCounts.set(link.name, waiting);
    return waiting;
  }

  function computeStatus(): SyncStatus {
    const all = [...links.values()].flat();
    const waiting = all.filter((l) => !l.readOnly).reduce((sum, l) => sum + waitingIn(l), 0);
    if (fatal) return { kind: 'error', reason: fatal, waiting };
    const viewed = all.filter((l) => l.readOnly && waitingIn(l) > 0);
    if (viewed.length > 0) {
      const names = [...new Set(viewed.map((l) => l.partnershipId))].map((id) => partnershipName(id));
      return { kind: 'error', reason: `You can only view ${names.join(', ')}: your changes there are not sent to the team`, waiting };
    }
    // Not synced before the partnerships to connect are known, nor while they are being connected.
    const settled = reconciled && reconciling === 0;
    if (socket.status === WebSocketStatus.Connected) return settled && all.every((l) => l.provider.isSynced) && waiting === 0 ? { kind: 'synced' } : { kind: 'syncing', waiting };
    return wentOffline ? { kind: 'offline', waiting } : { kind: 'connecting', waiting };
  }

  function partnershipName(id: string): string {
    const docs = opened.get(id);
    const name = docs ? readRecord(docs, 'partnerships', id)?.name : undefined;
    return typeof name === 'string' ? `“${name}”` : 'a partnership';
  }

  /** Works the status out again; listeners hear of it, or of a new access list, when either changed (status() keeps answering the same object until then). */
  function notify(): void {
    const status = computeStatus();
    const key = JSON.stringify(status);
    if (key === last && access === heard) return;
    last = key;
    heard = access;
    current = status;
    for (const listener of listeners) listener(status);
  }

  /**
   * Runs `step` after the steps before it (reconciling and storing never interleave). Once the
   * connection is closed nothing more is queued: close() waits for the steps queued before it,
   * and whoever closed it may close the database next (an access list that arrived later was
   * written to a closed database, a DatabaseClosedError in the log).
   */
  function queue(step: () => Promise<void>): Promise<void> {
    if (closed) return work;
    const run = work.then(step).catch((error: unknown) => sync.log(`the team connection: ${error instanceof Error ? error.message : String(error)}`));
    work = run;
    return run;
  }

  /** Notes that the server holds everything this document holds now, here and in the database. */
  function confirm(link: Link): void {
    if (link.readOnly || !link.provider.isSynced || link.provider.unsyncedChanges > 0) return;
    const vector = vectorOf(link.doc);
    confirmed.set(link.name, vector);
    waitingCounts.delete(link.name);
    notify();
    void queue(() => db.meta.put({ key: CONFIRMED(link.name), value: JSON.stringify([...vector]), createdAt: sync.app.now().toISOString() }).then(() => undefined));
  }

  async function loadConfirmed(name: string): Promise<boolean> {
    const kept = readConfirmed((await db.meta.get(CONFIRMED(name)))?.value);
    if (kept) confirmed.set(name, kept);
    waitingCounts.delete(name);
    return kept !== undefined;
  }

  /** The token is refused: nothing can connect until the member joins again with a new one. */
  function stop(refusal: string): void {
    stopReopening();
    for (const id of [...links.keys()]) unlink(id);
    fatal = describeRefusal(refusal);
    socket.disconnect();
    notify();
  }

  function refuse(link: Link, reason: string): void {
    if (isTokenRefusal(reason)) stop(reason);
    else if (reason === REFUSALS.notShared) {
      notShared.add(link.partnershipId);
      void queue(async () => unlink(link.partnershipId));
    } else if (reason === REFUSALS.unknownDocument) sync.log(`the server refused ${link.name}: ${describeRefusal(reason)}`);
    else reopenLater(link, reason);
    notify();
  }

  // A document the server let the member into but then could not open (its PostgreSQL or Redis
  // failing: Hocuspocus answers a plain "permission-denied") is asked for again on its own, with
  // the socket's back-off. The provider would otherwise leave it unsynced, its changes waiting,
  // until the whole socket happened to reconnect. The same provider asks again (its token, then
  // its state): a new provider would first send the server a close for the document, which the
  // server keeps for the document's next connection and so closes the new one at once.
  const reopenAttempts = new Map<string, number>();
  const reopenTimers = new Map<string, ReturnType<typeof setTimeout>>();

  function reopenLater(refused: Link, reason: string): void {
    if (closed || reopenTimers.has(refused.name)) return;
    const attempt = (reopenAttempts.get(refused.name) ?? 0) + 1;
    reopenAttempts.set(refused.name, attempt);
    const wait = Math.min(Math.max(retry.min, retry.max), retry.min * 2 ** (attempt - 1));
    sync.log(`the server could not open ${refused.name} (${reason}): asking again in ${wait} ms`);
    const reopen = async () => {
      // Gone meanwhile (taken back, the connection closed), or a reconnection opened it already;
      // offline, the next connection asks for every document anyway.
      const current = links.get(refused.partnershipId) ?? [];
      if (closed || fatal || !current.includes(refused) || refused.provider.isSynced || socket.status !== WebSocketStatus.Connected) return;
      await refused.provider.sendToken();
      refused.provider.startSync();
    };
    reopenTimers.set(
      refused.name,
      setTimeout(() => {
        reopenTimers.delete(refused.name);
        void queue(reopen);
      }, wait),
    );
  }

  function stopReopening(): void {
    for (const pending of reopenTimers.values()) clearTimeout(pending);
    reopenTimers.clear();
  }

  function attach(partnershipId: string, part: DocumentPart, doc: Y.Doc): Link {
    const name = partnershipDocumentName(partnershipId, part);
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name,
      token,
      document: doc,
      // One awareness per partnership keeps the socket busy enough that neither side closes it as idle.
      ...(part === 'internal' ? { awareness: null } : {}),
    });
    const onUpdate = () => {
      waitingCounts.delete(name);
      notify();
    };
    const link: Link = { partnershipId, name, doc, provider, readOnly: false, onUpdate };
    provider.on('authenticated', ({ scope }: { scope: string }) => {
      link.readOnly = scope === 'readonly';
      // A partnership this machine just shared (the server made us its owner): the list says so once read again.
      if (part === 'shared' && access && !access.partnerships.some((p) => p.id === partnershipId)) void refreshAccess();
      notify();
    });
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => refuse(link, reason));
    provider.on('synced', () => {
      reopenAttempts.delete(name);
      confirm(link);
      notify();
    });
    provider.on('unsyncedChanges', () => {
      confirm(link);
      notify();
    });
    doc.on('update', link.onUpdate);
    provider.attach();
    return link;
  }

  async function link(partnershipId: string): Promise<void> {
    if (links.has(partnershipId) || closed || fatal) return;
    const docs = await openDocs(sync, partnershipId);
    opened.set(partnershipId, docs);
    const names = (['shared', 'internal'] as const).map((part) => partnershipDocumentName(partnershipId, part));
    await Promise.all(names.map(loadConfirmed));
    if (links.has(partnershipId) || closed || fatal) return;
    // The internal document first: a new record's shared half landing before its internal half is refused as incomplete until the rest arrives.
    const internal = attach(partnershipId, 'internal', docs.internal);
    links.set(partnershipId, [attach(partnershipId, 'shared', docs.shared), internal]);
    notify();
  }

  function unlink(partnershipId: string): void {
    for (const one of links.get(partnershipId) ?? []) {
      one.doc.off('update', one.onUpdate);
      waitingCounts.delete(one.name);
      one.provider.destroy();
    }
    links.delete(partnershipId);
    notify();
  }

  /** The partnerships the last access list read on this machine gave (any session), if one was. */
  async function lastGranted(): Promise<string[] | undefined> {
    return readGranted((await db.meta.get(GRANTED))?.value);
  }

  /**
   * Which partnerships to connect: the access list's (or, before it was read this session, the
   * last one's, kept in meta, so one taken back is not connected again while offline; on a
   * machine that never read one, every one it has documents for), plus the ones the server never confirmed (this machine made
   * them: connecting claims them), minus those the server said are not shared with us.
   */
  async function reconcile(): Promise<void> {
    if (closed || fatal) return;
    reconciling += 1;
    try {
      await connectWanted();
    } finally {
      reconciling -= 1;
      reconciled = true;
      notify();
    }
  }

  async function connectWanted(): Promise<void> {
    const docRows = await db.syncDocs.toArray();
    const withDocs = new Set(docRows.map((r) => r.partnershipId));
    const local = (await db.partnerships.toCollection().primaryKeys()).map(String);
    for (const id of local.filter((p) => !withDocs.has(p) && !notShared.has(p))) {
      await seedDocs(sync, id);
      withDocs.add(id);
    }
    const granted = new Set(access?.partnerships.map((p) => p.id) ?? (await lastGranted()) ?? withDocs);
    const neverConfirmed: string[] = [];
    for (const id of withDocs) if (!granted.has(id) && !(await db.meta.get(CONFIRMED(partnershipDocumentName(id, 'shared'))))) neverConfirmed.push(id);
    const wanted = new Set([...granted, ...neverConfirmed].filter((id) => !notShared.has(id) || access?.partnerships.some((p) => p.id === id)));
    // Every partnership's documents are opened before any is connected: opening one reads and
    // writes the database, which waits behind the landing of what the connected ones brought, so
    // opening each between connections made a joining machine wait on every landing in turn.
    await Promise.all([...wanted].filter((id) => !links.has(id)).map((id) => openDocs(sync, id)));
    for (const id of wanted) {
      if (access?.partnerships.some((p) => p.id === id)) notShared.delete(id);
      await link(id);
    }
    for (const id of [...links.keys()]) if (!wanted.has(id)) unlink(id);
  }

  async function refreshAccess(): Promise<void> {
    if (closed || fatal) return;
    const answer = await readAccess(url, token, fetcher);
    if (closed) return;
    if (answer.ok) {
      access = answer.access;
      sync.roles = new Map(access.partnerships.map((p) => [p.id, p.role]));
      const granted = JSON.stringify(access.partnerships.map((p) => p.id));
      await queue(() => db.meta.put({ key: GRANTED, value: granted, createdAt: sync.app.now().toISOString() }).then(() => undefined));
    } else if ('refusal' in answer) stop(answer.refusal);
    await queue(reconcile);
    notify();
  }

  socket.on('status', () => notify());
  socket.on('connect', () => {
    wentOffline = false;
    void refreshAccess();
  });
  socket.on('disconnect', () => {
    wentOffline = true;
    notify();
  });
  socket.on('close', ({ event }: { event: { reason?: string } }) => {
    if (event.reason === ACCESS_CHANGED) void refreshAccess();
  });
  const timer = setInterval(() => {
    if (socket.status === WebSocketStatus.Connected) void refreshAccess();
  }, options.accessEveryMs ?? 60_000);
  // A partnership made on this machine while joined is shared (seeded, then connected to claim it).
  const watch = Dexie.liveQuery(() => db.partnerships.count()).subscribe({ next: () => void queue(reconcile), error: (error: unknown) => sync.log(`watching partnerships: ${String(error)}`) });
  void refreshAccess();

  return {
    status: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    access: () => access,
    refreshAccess,
    async share(request) {
      const answer = await requestShare(url, token, request, fetcher);
      if (answer.ok) await refreshAccess();
      return answer;
    },
    async unshare(request) {
      const answer = await requestUnshare(url, token, request, fetcher);
      if (answer.ok) await refreshAccess();
      return answer;
    },
    connected: () => [...links.keys()].sort(),
    async close() {
      closed = true;
      clearInterval(timer);
      stopReopening();
      watch.unsubscribe();
      await work;
      for (const id of [...links.keys()]) unlink(id);
      socket.destroy();
      listeners.clear();
    },
  };
}
