import type { IntentContent } from '@shared/domain';
import { IntentText } from './IntentText';
import { VisibilityMarker } from './VisibilityMarker';
import { WeightMeter } from './WeightMeter';

type Tradeoff = IntentContent['tradeoffs'][number];

/** Agreed tradeoffs; the two weight columns are ours alone and are marked internal. */
export function TradeoffsTable({ tradeoffs }: { readonly tradeoffs: readonly Tradeoff[] }) {
  if (tradeoffs.length === 0) return <IntentText text="" blank="No tradeoffs agreed yet." />;
  return (
    <table className="intent-table">
      <thead>
        <tr>
          <th scope="col">Term</th>
          <th scope="col">Agreed position</th>
          <th scope="col" className="intent-internal-cell">
            Weight for us <VisibilityMarker visibility="internal" />
          </th>
          <th scope="col" className="intent-internal-cell">
            Weight for them <VisibilityMarker visibility="internal" />
          </th>
        </tr>
      </thead>
      <tbody>
        {tradeoffs.map((tradeoff, index) => (
          // Stored tradeoffs have no id and may repeat a term: position is their identity here.
          <tr key={index}>
            <td className="intent-goal-statement">{tradeoff.term}</td>
            <td className="intent-text">{tradeoff.agreedPosition || '—'}</td>
            <td className="intent-internal-cell">
              <WeightMeter value={tradeoff.weightUs} />
            </td>
            <td className="intent-internal-cell">
              <WeightMeter value={tradeoff.weightThem} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
