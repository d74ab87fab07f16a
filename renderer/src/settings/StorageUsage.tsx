// Settings → Your data: how much of the browser's storage quota Steward's profile uses, as
// a small bar with numbers, and a warning from 80% (a full disk makes every save fail).
import { useEffect, useState } from 'react';
import type { StorageUsageView } from './storageUsage';
import { storageUsageView } from './storageUsage';

function useStorageEstimate(): StorageUsageView | undefined | 'unknown' {
  const [view, setView] = useState<StorageUsageView | 'unknown'>();
  useEffect(() => {
    let isCurrent = true;
    // Older engines and some privacy modes have no StorageManager: say so rather than guess.
    const estimate = navigator.storage?.estimate?.() ?? Promise.reject(new Error('no StorageManager'));
    estimate.then((e) => isCurrent && setView(storageUsageView(e) ?? 'unknown'), () => isCurrent && setView('unknown'));
    return () => {
      isCurrent = false;
    };
  }, []);
  return view;
}

export function StorageUsage() {
  const view = useStorageEstimate();
  if (view === undefined) return null;
  if (view === 'unknown') return <p className="storage-usage muted">This browser does not say how much storage Steward may use.</p>;
  return (
    <div className={`storage-usage${view.isNearlyFull ? ' is-nearly-full' : ''}`}>
      <div className="storage-usage-line">
        <span id="storage-usage-label">Storage used</span>
        <span className="storage-usage-numbers">{view.text}</span>
      </div>
      <div className="storage-bar" role="meter" aria-labelledby="storage-usage-label" aria-valuemin={0} aria-valuemax={100} aria-valuenow={view.percent} aria-valuetext={view.text}>
        <div className="storage-bar-fill" style={{ width: `${Math.max(view.percent, 1)}%` }} />
      </div>
      {view.isNearlyFull && (
        <p className="storage-warning" role="alert">
          <strong>Storage is nearly full.</strong> Free some space on this disk soon: when it is full, Steward cannot save your changes. Back up your data now.
        </p>
      )}
    </div>
  );
}
