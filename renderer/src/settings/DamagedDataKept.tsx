// Settings → Your data: stores that would not open and were kept, not deleted, when Steward
// recovered (issue 11). The desktop app lists the folders main moved aside; a browser, the
// store it left behind when it restored into a storage bucket. Each can be removed, after
// an explicit yes: it is the user's last copy of whatever it held.
import { useCallback, useEffect, useState } from 'react';
import { deleteDefaultDatabase, readDatabaseLocation, storageBucketsOf, writeDatabaseLocation } from '../../db/location';
import { useDateText } from '../clock/useDateText';
import type { Platform } from '../platform/platform';
import { usePlatform } from '../platform/PlatformContext';

interface Kept {
  readonly key: string;
  readonly keptAt: string;
  /** Where it is, in words. */
  readonly where: string;
  readonly remove: () => Promise<void>;
}

/** The part of StorageBuckets that removes one (Chromium). */
type DeletableBuckets = { delete(name: string): Promise<void> };

function keptInBrowser(): Kept[] {
  const location = readDatabaseLocation(localStorage);
  const damaged = location.damagedKept;
  if (!damaged) return [];
  return [
    {
      key: damaged.bucket ?? 'default',
      keptAt: damaged.keptAt,
      where: damaged.bucket ? `The storage bucket “${damaged.bucket}” in this browser` : 'This browser’s storage for this site (the database Steward used before)',
      async remove() {
        const buckets = storageBucketsOf(navigator) as (ReturnType<typeof storageBucketsOf> & Partial<DeletableBuckets>) | undefined;
        if (damaged.bucket && buckets?.delete) await buckets.delete(damaged.bucket);
        else await deleteDefaultDatabase();
        const { damagedKept: _removed, ...rest } = readDatabaseLocation(localStorage);
        writeDatabaseLocation(localStorage, rest);
      },
    },
  ];
}

async function listKept(platform: Platform): Promise<Kept[]> {
  const stores = platform.damagedStores;
  if (!stores) return keptInBrowser();
  const info = await platform.getInfo();
  return (await stores.list()).map((store) => ({
    key: store.name,
    keptAt: store.movedAt,
    where: `${info.dataLocation.replace(/ \(.*\)$/, '')}/IndexedDB/${store.name}`,
    remove: () => stores.remove(store.name),
  }));
}

function KeptItem({ kept, onRemoved }: { readonly kept: Kept; readonly onRemoved: () => void }) {
  const { formatInstant } = useDateText();
  const [state, setState] = useState<'idle' | 'asking' | 'removing' | { readonly failed: string }>('idle');
  async function remove() {
    setState('removing');
    try {
      await kept.remove();
      onRemoved();
    } catch (error) {
      setState({ failed: error instanceof Error ? error.message : String(error) });
    }
  }
  return (
    <li className="damaged-kept-item">
      <div>
        Kept since {formatInstant(kept.keptAt)}
        <br />
        <span className="muted damaged-kept-where">{kept.where}</span>
      </div>
      {state === 'idle' && (
        <button type="button" className="button button-small" onClick={() => setState('asking')}>Remove…</button>
      )}
      {(state === 'asking' || state === 'removing') && (
        <div className="damaged-kept-confirm" role="group" aria-label="Remove the damaged data?">
          <span>Remove it for good? Anything only in it is lost.</span>
          <button type="button" className="button button-small" onClick={() => setState('idle')} disabled={state === 'removing'}>Keep it</button>
          <button type="button" className="button button-small button-primary" onClick={() => void remove()} disabled={state === 'removing'}>
            Remove for good
          </button>
        </div>
      )}
      {typeof state === 'object' && <p className="form-failure" role="alert">It could not be removed: {state.failed}</p>}
    </li>
  );
}

export function DamagedDataKept() {
  const platform = usePlatform();
  const [kept, setKept] = useState<readonly Kept[]>([]);
  const refresh = useCallback(() => {
    listKept(platform).then(setKept, (error: unknown) => console.error('Listing the damaged data kept failed.', error));
  }, [platform]);
  useEffect(refresh, [refresh]);
  if (kept.length === 0) return null;
  return (
    <section className="damaged-kept" aria-labelledby="damaged-kept-title">
      <h3 id="damaged-kept-title">Damaged data kept</h3>
      <p>
        Steward’s data once would not open, and was restored from a backup. The damaged files were kept, not deleted, in case something in them is still
        needed. They take disk space; remove them when you are sure.
      </p>
      <ul>
        {kept.map((item) => (
          <KeptItem key={item.key} kept={item} onRemoved={refresh} />
        ))}
      </ul>
    </section>
  );
}
