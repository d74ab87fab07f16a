// The Touchpoints tab: a timeline of what happened with the partner (newest first),
// logged with its decisions and follow-ups in one step, and the decision log.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Commitment, Partnership, Touchpoint } from '@shared/domain';
import { appContext } from '../../../db/db';
import { deleteTouchpoint, restoreTouchpoint } from '../../../db/touchpoints';
import { useUndoableDelete } from '../../components/useUndoableDelete';
import { useToday } from '../../useToday';
import { DecisionLog } from './DecisionLog';
import { byIdMap } from './rhythmFormat';
import { TouchpointDialog } from './TouchpointDialog';
import { MeetingRecapPanel } from './MeetingRecapPanel';
import { Dialog } from '../../components/Dialog';
import { TouchpointItem } from './TouchpointItem';
import { blankTouchpointDraft, draftFromTouchpoint } from './touchpointDraft';
import { useTouchpointData } from './useRhythmData';
import './rhythm.css';

const PAGE = 25;

type Editing = { readonly mode: 'new' } | { readonly mode: 'edit'; readonly touchpoint: Touchpoint } | { readonly mode: 'recap'; readonly touchpoint: Touchpoint } | undefined;

export function TouchpointsPanel({ partnership }: { readonly partnership: Partnership }) {
  const data = useTouchpointData(partnership.id);
  const today = useToday();
  const [editing, setEditing] = useState<Editing>();
  const [limit, setLimit] = useState(PAGE);
  const focusTouchpoint = useFocusTouchpoint();
  const undoableDelete = useUndoableDelete();
  if (!data) return <p className="muted">Loading…</p>;
  const { touchpoints, decisions, commitments, stakeholders, cadences } = data;
  const stakeholdersById = byIdMap(stakeholders);
  const cadenceNames = new Map<string, string>(cadences.map((c) => [c.id, c.name]));
  const followUps = groupFollowUps(commitments);

  const showTouchpoint = (id: string) => {
    const index = touchpoints.findIndex((t) => t.id === id);
    if (index >= limit) setLimit(index + 1);
    focusTouchpoint(id);
  };

  return (
    <div className="rhythm">
      <div className="rhythm-head">
        <div>
          <h2>Touchpoints</h2>
          <p className="muted">Meetings, calls, emails and updates with the partner, newest first.</p>
        </div>
        {touchpoints.length > 0 && (
          <button type="button" className="button button-primary" onClick={() => setEditing({ mode: 'new' })}>
            Log touchpoint
          </button>
        )}
      </div>
      {touchpoints.length === 0 ? (
        <div className="empty">
          <h2>Nothing logged yet</h2>
          <p>Log each meeting, call, email or update with the partner: what was said, what was decided, and who owes what next. Follow-ups become commitments, so nothing agreed is forgotten.</p>
          <button type="button" className="button button-primary" onClick={() => setEditing({ mode: 'new' })}>
            Log the first touchpoint
          </button>
        </div>
      ) : (
        <ol className="rhythm-timeline" aria-label="Timeline">
          {touchpoints.slice(0, limit).map((t) => (
            <TouchpointItem
              key={t.id}
              partnership={partnership}
              touchpoint={t}
              decisions={decisions.filter((d) => d.touchpointId === t.id).reverse()}
              followUps={followUps.get(t.id) ?? []}
              stakeholdersById={stakeholdersById}
              cadenceName={cadenceNames.get(t.cadenceId)}
              onEdit={() => setEditing({ mode: 'edit', touchpoint: t })}
              onRecap={() => setEditing({ mode: 'recap', touchpoint: t })}
              onDelete={() => void undoableDelete(`the ${t.kind} “${t.title}”`, () => deleteTouchpoint(appContext, t.id), () => restoreTouchpoint(appContext, t.id))}
            />
          ))}
        </ol>
      )}
      {touchpoints.length > limit && (
        <button type="button" className="button rhythm-more" onClick={() => setLimit((n) => n + PAGE)}>
          Show older touchpoints ({touchpoints.length - limit} more)
        </button>
      )}
      <DecisionLog partnershipId={partnership.id} decisions={decisions} touchpointsById={byIdMap(touchpoints)} today={today} onShowTouchpoint={showTouchpoint} />
      {editing?.mode === 'recap' && (
        <Dialog title={`Recap of “${editing.touchpoint.title}”`} onClose={() => setEditing(undefined)} wide>
          <MeetingRecapPanel partnershipId={partnership.id} touchpointId={editing.touchpoint.id} onClose={() => setEditing(undefined)} />
        </Dialog>
      )}
      {editing && editing.mode !== 'recap' && (
        <TouchpointDialog
          title={editing.mode === 'new' ? 'Log touchpoint' : `Edit ${editing.touchpoint.title}`}
          partnership={partnership}
          stakeholders={stakeholders}
          initial={editing.mode === 'new' ? blankTouchpointDraft(today) : draftFromTouchpoint(editing.touchpoint)}
          editing={editing.mode === 'edit' ? editing.touchpoint : undefined}
          onClose={() => setEditing(undefined)}
        />
      )}
    </div>
  );
}

function groupFollowUps(commitments: readonly Commitment[]): Map<string, Commitment[]> {
  const grouped = new Map<string, Commitment[]>();
  for (const c of commitments.filter((c) => c.source === 'touchpoint')) grouped.set(c.sourceId, [...(grouped.get(c.sourceId) ?? []), c]);
  return grouped;
}

function focusElement(id: string): boolean {
  const element = document.getElementById(`touchpoint-${id}`);
  element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  element?.focus({ preventScroll: true });
  return element !== null;
}

/** Scrolls to and focuses a touchpoint, once it is rendered (it may first need "show older"). */
function useFocusTouchpoint(): (id: string) => void {
  const pending = useRef<string | undefined>(undefined);
  // Every render: the touchpoint asked for may only now be in the list.
  useEffect(() => {
    if (pending.current && focusElement(pending.current)) pending.current = undefined;
  });
  return useCallback((id: string) => {
    if (!focusElement(id)) pending.current = id;
  }, []);
}
