// On a goal's card: the commitments that serve it, each with who owes it, when, and its state.
import type { Commitment } from '@shared/domain';
import { OWED_BY_LABELS, commitmentState } from '@shared/commitments';
import { useDateText } from '../../clock/useDateText';
import { routeHref } from '../../router';

interface Props {
  readonly partnershipId: string;
  readonly goalStatement: string;
  readonly commitments: readonly Commitment[];
  readonly today: string;
}

export function ServingCommitments({ partnershipId, goalStatement, commitments, today }: Props) {
  const { formatDay } = useDateText();
  if (commitments.length === 0) return null;
  return (
    <div className="goal-commitments">
      <h4>Commitments serving this goal</h4>
      <ul aria-label={`Commitments serving ${goalStatement}`}>
        {commitments.map((c) => (
          <li key={c.id}>
            <span className="goal-commitment-title">{c.title}</span> — {OWED_BY_LABELS[c.owedBy]}, due {formatDay(c.dueOn)}
            <span className="goal-commitment-state"> ({commitmentState(c, today)})</span>
          </li>
        ))}
      </ul>
      <a href={routeHref({ screen: 'partnership', id: partnershipId, tab: 'commitments' })}>Open the Commitments tab</a>
    </div>
  );
}
