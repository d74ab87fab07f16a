// The partnership's decision log: every decision, newest first, whether taken in a
// logged touchpoint or recorded on its own, so nobody relitigates it six months on.
import { useState } from 'react';
import type { Decision, DecisionInput, Touchpoint } from '@shared/domain';
import { appContext } from '../../../db/db';
import { createDecision, deleteDecision, restoreDecision, updateDecision } from '../../../db/touchpoints';
import { Dialog } from '../../components/Dialog';
import { useToast } from '../../components/ToastProvider';
import { useUndoableDelete } from '../../components/useUndoableDelete';
import { useDateText } from '../../clock/useDateText';
import { DecisionForm } from './DecisionForm';

interface Props {
  readonly partnershipId: string;
  readonly decisions: readonly Decision[];
  readonly touchpointsById: ReadonlyMap<string, Touchpoint>;
  readonly today: string;
  readonly onShowTouchpoint: (id: string) => void;
}

type Editing = { readonly mode: 'new' } | { readonly mode: 'edit'; readonly decision: Decision } | undefined;

export function DecisionLog({ partnershipId, decisions, touchpointsById, today, onShowTouchpoint }: Props) {
  const [editing, setEditing] = useState<Editing>();
  const toast = useToast();
  const undoableDelete = useUndoableDelete();
  const close = () => setEditing(undefined);

  async function save(input: DecisionInput) {
    if (editing?.mode === 'edit') await updateDecision(appContext, editing.decision.id, input);
    else await createDecision(appContext, input);
    toast({ message: editing?.mode === 'edit' ? 'Decision saved.' : 'Decision added to the log.' });
    close();
  }

  return (
    <section className="rhythm-decisions" aria-labelledby="decision-log-title">
      <div className="rhythm-head">
        <div>
          <h2 id="decision-log-title">Decision log</h2>
          <p className="muted">What both sides agreed, and when. Rationales are internal.</p>
        </div>
        <button type="button" className="button" onClick={() => setEditing({ mode: 'new' })}>
          Add decision
        </button>
      </div>
      {decisions.length === 0 ? (
        <p className="empty rhythm-empty-small">No decisions yet. Record what was agreed — in a logged touchpoint or here on its own — so nobody relitigates it later.</p>
      ) : (
        <ol className="rhythm-decision-list">
          {decisions.map((d) => (
            <DecisionItem
              key={d.id}
              decision={d}
              touchpoint={touchpointsById.get(d.touchpointId)}
              onShowTouchpoint={onShowTouchpoint}
              onEdit={() => setEditing({ mode: 'edit', decision: d })}
              onDelete={() => void undoableDelete('the decision', () => deleteDecision(appContext, d.id), () => restoreDecision(appContext, d.id))}
            />
          ))}
        </ol>
      )}
      {editing && (
        <Dialog title={editing.mode === 'new' ? 'Add a decision' : 'Edit decision'} onClose={close}>
          <DecisionForm partnershipId={partnershipId} today={today} editing={editing.mode === 'edit' ? editing.decision : undefined} onSave={save} onCancel={close} />
        </Dialog>
      )}
    </section>
  );
}

interface ItemProps {
  readonly decision: Decision;
  readonly touchpoint?: Touchpoint;
  readonly onShowTouchpoint: (id: string) => void;
  readonly onEdit: () => void;
  readonly onDelete: () => void;
}

function DecisionItem({ decision: d, touchpoint, onShowTouchpoint, onEdit, onDelete }: ItemProps) {
  const { formatDay } = useDateText();
  return (
    <li className="rhythm-decision">
      <time dateTime={d.decidedOn} className="rhythm-decision-date">
        {formatDay(d.decidedOn)}
      </time>
      <div>
        <p className="rhythm-decision-statement">{d.statement}</p>
        {d.rationale && (
          <p className="rhythm-decision-rationale">
            <span className="rhythm-internal-tag">Internal</span> {d.rationale}
          </p>
        )}
        {touchpoint && (
          <button type="button" className="rhythm-link" onClick={() => onShowTouchpoint(touchpoint.id)}>
            From the {touchpoint.kind} “{touchpoint.title}” ({formatDay(touchpoint.occurredOn)})
          </button>
        )}
        {!touchpoint && d.touchpointId && <p className="cell-sub">From a deleted touchpoint</p>}
      </div>
      <div className="rhythm-card-actions">
        <button type="button" className="button button-small" onClick={onEdit} aria-label={`Edit decision: ${d.statement}`}>
          Edit
        </button>
        <button type="button" className="button button-small button-quiet" onClick={onDelete} aria-label={`Delete decision: ${d.statement}`}>
          Delete
        </button>
      </div>
    </li>
  );
}
