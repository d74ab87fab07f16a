import type { IntentVersion } from '@shared/domain';

interface Props {
  readonly viewed: IntentVersion;
  readonly current: IntentVersion;
  readonly onBack: () => void;
}

/** Says which version the reading view shows, and offers the way back when it is not the current one. */
export function ReadingBar({ viewed, current, onBack }: Props) {
  const isCurrent = viewed.id === current.id;
  return (
    <div className={`intent-reading-bar${isCurrent ? '' : ' intent-reading-bar-other'}`} aria-live="polite">
      <span>
        Showing <strong>v{viewed.version}</strong> ({viewed.status}){isCurrent ? ', the current version.' : '.'}
      </span>
      {!isCurrent && (
        <button type="button" className="button button-small" onClick={onBack}>
          Back to the current version (v{current.version})
        </button>
      )}
    </div>
  );
}
