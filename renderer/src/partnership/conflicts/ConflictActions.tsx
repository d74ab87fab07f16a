import { useState } from 'react';
import type { ConflictWords } from './conflictWords';
import type { ConflictAction } from './useConflictActions';

/** What the user can do with one conflict in its state: restore or keep, undo or close, or only close. */
export function ConflictActions({ words, run }: { readonly words: ConflictWords; readonly run: (action: ConflictAction) => Promise<void> }) {
  const [isBusy, setBusy] = useState(false);
  const act = (action: ConflictAction) => async () => {
    setBusy(true);
    try {
      await run(action);
    } finally {
      setBusy(false);
    }
  };
  const button = (action: ConflictAction, label: string, isPrimary = false) => (
    <button type="button" className={`button button-small${isPrimary ? ' button-primary' : ''}`} disabled={isBusy} onClick={act(action)}>
      {label}
    </button>
  );
  switch (words.state) {
    case 'open':
      return (
        <div className="conflict-actions">
          {button('restore', words.restoreLabel, true)}
          {button('dismiss', words.keepLabel)}
        </div>
      );
    case 'restored':
      return (
        <div className="conflict-actions">
          <p className="conflict-restored" role="status">
            {words.restoredText}
          </p>
          {button('undo', 'Undo')}
          {button('dismiss', 'Done')}
        </div>
      );
    default:
      return (
        <div className="conflict-actions">
          <p className="conflict-note">{words.notRestorable ?? 'This record is not on this machine any more: there is nothing to restore.'}</p>
          {button('dismiss', 'Dismiss')}
        </div>
      );
  }
}
