// Several sync server instances behind one load balancer, on one PostgreSQL and one Redis:
// @hocuspocus/extension-redis relays every document change (and awareness) between the
// instances that have the document open, so clients on different instances stay in step.
//
// How it meets our persistence (server/documents.ts): an instance stores only the changes
// its own clients made (Hocuspocus skips the store for changes relayed from Redis). Every
// client update is in document_updates before it is acknowledged, and storing merges the
// stored state and the log under a PostgreSQL advisory lock per document, so two instances
// storing one document take turns and add up rather than overwrite each other. The
// extension's own store lock (a Redis lock with a 1 s lifetime; an instance finding it taken
// skips its store) is therefore left out: with it, a Redis outage would stop every store to
// PostgreSQL ("unexpected error", the document kept in memory), and a skipped store leaves
// that instance's changes to another's timing. Access changes reach every instance through
// PostgreSQL's LISTEN (server/syncServer.ts), not Redis.
import { Redis } from '@hocuspocus/extension-redis';

/** The extension without its store lock: PostgreSQL's advisory lock in storeState is the one that counts. */
class RelayOnly extends Redis {
  override async onStoreDocument(): Promise<void> {
    // No Redis lock: every instance stores its own clients' changes (see above).
  }

  override async afterStoreDocument(): Promise<void> {
    // No lock to release; the extension's wait after a server-side (DirectConnection) change
    // does not apply, as Steward's server makes none.
  }
}

/** Our keys and channels in Redis; another deployment on the same Redis uses another database number (`redis://host/1`). */
export const REDIS_PREFIX = 'steward';

/** How long the start waits for Redis to answer before giving up with a message. */
const REDIS_ANSWER_MS = 5000;

interface RedisTarget {
  readonly host: string;
  readonly port: number;
  readonly options: { readonly username?: string; readonly password?: string; readonly db?: number; readonly tls?: Record<string, never> };
}

/** `redis://[user:password@]host[:port][/db]` (or `rediss://` for TLS) as the extension's host, port and ioredis options. */
export function redisTarget(url: string): RedisTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`the Redis URL "${url}" is not a URL (expected redis://host:port)`);
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') throw new Error(`the Redis URL "${url}" must start with redis:// or rediss://`);
  if (!parsed.hostname) throw new Error(`the Redis URL "${url}" names no host`);
  const path = parsed.pathname.replace(/^\//, '');
  const db = path === '' ? undefined : Number(path);
  if (db !== undefined && !(Number.isInteger(db) && db >= 0)) throw new Error(`the Redis URL "${url}" names database "${path}", which is not a number`);
  return {
    host: parsed.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: parsed.port ? Number(parsed.port) : 6379,
    options: {
      ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
      ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
      ...(db !== undefined ? { db } : {}),
      ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
    },
  };
}

/** The URL without its password, for messages. */
function shown(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

export interface ScaleOut {
  readonly extension: RelayOnly;
  /** Closes both Redis connections (again, harmlessly, after the extension's own onDestroy). */
  disconnect(): void;
}

/**
 * The Redis extension on `url`, once Redis has answered: a wrong URL or a Redis that is down
 * stops the start with a message, instead of a server whose documents wait for ever to load.
 */
export async function scaleOut(url: string, log: (line: string) => void): Promise<ScaleOut> {
  const target = redisTarget(url);
  // The instance's identifier stays the extension's random one: it must differ between
  // instances, which ignore messages carrying their own. Three retries, not ioredis's 20
  // (about 10 s of reconnecting): during an outage a command fails within a second or so.
  const extension = new RelayOnly({ host: target.host, port: target.port, options: { ...target.options, maxRetriesPerRequest: 3 }, prefix: REDIS_PREFIX });
  // ioredis reconnects by itself and, without a listener, prints every failed attempt. Once
  // started, an outage is said once; before, the start's own message says it.
  let started = false;
  let down = false;
  let lastError: Error | undefined;
  for (const client of [extension.pub, extension.sub]) {
    client.on('error', (error: Error) => {
      lastError = error;
      if (!started || down) return;
      down = true;
      log(`Redis at ${shown(url)} is unreachable (${error.message}); clients on other instances miss this one's changes until it is back`);
    });
    client.on('ready', () => {
      down = false;
    });
  }
  const disconnect = () => {
    extension.pub.disconnect(false);
    extension.sub.disconnect(false);
  };
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      extension.pub.ping(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer in ${REDIS_ANSWER_MS / 1000} s`)), REDIS_ANSWER_MS);
      }),
    ]);
  } catch (error) {
    disconnect();
    const reason = lastError ?? error;
    throw new Error(`Redis at ${shown(url)} did not answer: ${reason instanceof Error ? reason.message : String(reason)}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
  started = true;
  return { extension, disconnect };
}
