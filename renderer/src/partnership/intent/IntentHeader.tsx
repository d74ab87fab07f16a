import type { IntentOverview } from '@shared/intentView';
import { IntentStatusLines } from './IntentStatusLines';

interface Props {
  readonly overview: IntentOverview;
  readonly onEdit: () => void;
  readonly onStartDraft: () => void;
  readonly onAgree: () => void;
  readonly onDiscard: () => void;
}

/** The charter's title, status, and the actions that fit where it stands. */
export function IntentHeader({ overview, onEdit, onStartDraft, onAgree, onDiscard }: Props) {
  const { agreed, draft } = overview;
  return (
    <header className="intent-header">
      <div>
        <h2>Partnership charter</h2>
        <IntentStatusLines overview={overview} />
      </div>
      <div className="intent-actions">
        {draft && (
          <>
            <button type="button" className="button button-quiet" onClick={onDiscard}>
              Discard draft
            </button>
            <button type="button" className="button" onClick={onEdit}>
              Edit draft v{draft.version}
            </button>
            <button type="button" className="button button-primary" onClick={onAgree}>
              Agree v{draft.version}…
            </button>
          </>
        )}
        {!draft && agreed && (
          <button type="button" className="button button-primary" onClick={onStartDraft}>
            Start a new draft from v{agreed.version}
          </button>
        )}
      </div>
    </header>
  );
}
