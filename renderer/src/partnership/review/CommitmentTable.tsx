import { OWED_BY_LABELS } from '@shared/commitments';
import type { CommitmentRow } from '@shared/exports/quarterlyReview';
import { capitalise } from '../../format';
import { useDateText } from '../../clock/useDateText';
import { StateBadge } from '../commitments/StateBadge';
import '../commitments/commitments.css';

interface Props {
  readonly items: readonly CommitmentRow[];
  /** Where each came from: internal edition only. */
  readonly showSource: boolean;
  readonly caption: string;
}

/** Commitments of a review, by due day: who owes it, whose it is, where it stands. */
export function CommitmentTable({ items, showSource, caption }: Props) {
  const { formatDay } = useDateText();
  return (
    <table className="table review-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Due</th>
          <th scope="col">Owed by</th>
          <th scope="col" className="review-col-main">Commitment</th>
          <th scope="col">Owner</th>
          <th scope="col">State</th>
          {showSource && <th scope="col">Source</th>}
        </tr>
      </thead>
      <tbody>
        {items.map((c, i) => (
          // Rows carry no id in the review model; the order is stable (due day, title).
          <tr key={i}>
            <td className="review-nowrap">{formatDay(c.dueOn)}</td>
            <td className="review-nowrap">{OWED_BY_LABELS[c.owedBy]}</td>
            <td>
              <span className="cell-title">{c.title}</span>
              {c.detail && <span className="cell-sub">{c.detail}</span>}
            </td>
            <td>{c.ownerName || '—'}</td>
            <td>
              <StateBadge state={c.state} text={c.doneOn ? `${capitalise(c.state)} · ${formatDay(c.doneOn)}` : capitalise(c.state)} />
            </td>
            {showSource && <td>{c.source ? capitalise(c.source) : '—'}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
