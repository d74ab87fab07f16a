import { useEffect, useRef } from 'react';
import { SHOWN_ERRORS } from './backupLabels';

interface Props {
  readonly source: string;
  readonly errors: readonly string[];
  /** Every problem, counted truly: the list holds only the first ones. */
  readonly problemCount: number;
}

/** Why a file cannot be restored: the first few problems, each saying where. */
export function BackupProblems({ source, errors, problemCount }: Props) {
  const shown = errors.slice(0, SHOWN_ERRORS);
  const more = problemCount - shown.length;
  const ref = useRef<HTMLDivElement>(null);
  // The message appears below the buttons, often under the fold: bring it into view.
  // A block body: newer Chromium returns a promise from scrollIntoView, which React would take for a cleanup.
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'center' });
  }, [errors]);
  return (
    <div ref={ref} className="backup-problems" role="alert">
      <p>
        <strong>“{source}” can’t be restored.</strong> Nothing was changed.
      </p>
      <ul>
        {shown.map((error) => (
          <li key={error}>{error}</li>
        ))}
      </ul>
      {more > 0 && <p className="muted">…and {more} more {more === 1 ? 'problem' : 'problems'}.</p>}
    </div>
  );
}
