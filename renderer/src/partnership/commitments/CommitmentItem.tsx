// One commitment in the list: what, who, when, where from, its state, and what the
// user can do with it now.
import type { Commitment } from '@shared/domain';
import { commitmentState } from '@shared/commitments';
import { useDateText } from '../../clock/useDateText';
import { stateText } from './commitmentView';
import { StateBadge } from './StateBadge';
import { LastChanged } from '../authors/LastChanged';

export interface ItemActions {
  readonly onComplete: (c: Commitment) => void;
  readonly onReopen: (c: Commitment) => void;
  readonly onDrop: (c: Commitment) => void;
  readonly onEdit: (c: Commitment) => void;
  readonly onDelete: (c: Commitment) => void;
}

interface Props extends ItemActions {
  readonly commitment: Commitment;
  readonly today: string;
  readonly ownerName?: string;
  readonly source: string;
}

export function CommitmentItem({ commitment: c, today, ownerName, source, ...actions }: Props) {
  const { formatDay } = useDateText();
  const state = commitmentState(c, today);
  return (
    <li className={`commitments-item commitments-item-${c.status}`} aria-label={c.title}>
      <div className="commitments-item-main">
        <div className="commitments-item-head">
          <h3 className="commitments-title">{c.title}</h3>
          <StateBadge state={state} text={stateText(state, c, today)} />
        </div>
        {c.detail && <p className="commitments-detail">{c.detail}</p>}
        <p className="commitments-meta">
          <span>Due {formatDay(c.dueOn)}</span>
          {c.status === 'done' && <span>Done {formatDay(c.doneOn)}</span>}
          <span>{ownerName ? `Owner: ${ownerName}` : 'No owner'}</span>
          {source && <span>{source}</span>}
          <LastChanged table="commitments" id={c.id} updatedAt={c.updatedAt} />
        </p>
      </div>
      <div className="commitments-item-actions">
        {c.status === 'open' ? (
          <>
            <button type="button" className="button button-small" onClick={() => actions.onComplete(c)} aria-label={`Mark done: ${c.title}`}>
              Mark done
            </button>
            <button type="button" className="button button-small button-quiet" onClick={() => actions.onDrop(c)} aria-label={`Drop: ${c.title}`}>
              Drop
            </button>
          </>
        ) : (
          <button type="button" className="button button-small" onClick={() => actions.onReopen(c)} aria-label={`Reopen: ${c.title}`}>
            Reopen
          </button>
        )}
        <button type="button" className="button button-small button-quiet" onClick={() => actions.onEdit(c)} aria-label={`Edit: ${c.title}`}>
          Edit
        </button>
        <button type="button" className="button button-small button-quiet" onClick={() => actions.onDelete(c)} aria-label={`Delete: ${c.title}`}>
          Delete
        </button>
      </div>
    </li>
  );
}
