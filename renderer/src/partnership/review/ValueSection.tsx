// Proving value in the review: goals as measured, the joint pipeline against the previous
// quarter, and the quarter's value events (amounts in the internal edition only).
import type { QuarterlyReview } from '@shared/exports/quarterlyReview';
import { valueEventAmount } from '@shared/exports/reviewValueText';
import { capitalise } from '../../format';
import { useDateText } from '../../clock/useDateText';
import { ReviewSection } from './ReviewSection';
import { ValueGoals } from './ValueGoals';
import { ValuePipeline } from './ValuePipeline';

function ValueEvents({ review }: { readonly review: QuarterlyReview }) {
  const { formatDay } = useDateText();
  const events = review.value.valueEvents;
  if (events.length === 0) return <p className="review-empty">No value events this quarter.</p>;
  const isInternal = review.edition === 'internal';
  return (
    <table className="table review-table">
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Kind</th>
          <th scope="col" className="review-col-main">Description</th>
          {isInternal && <th scope="col">Amount</th>}
        </tr>
      </thead>
      <tbody>
        {events.map((e, i) => (
          // Events are listed without their ids, in date order.
          <tr key={i}>
            <td className="review-nowrap">{formatDay(e.occurredOn)}</td>
            <td>{capitalise(e.kind)}</td>
            <td>{e.description}</td>
            {isInternal && <td>{valueEventAmount(e)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ValueSection({ review }: { readonly review: QuarterlyReview }) {
  return (
    <ReviewSection id="value" title="Value">
      <h3>Goals measured</h3>
      <ValueGoals review={review} />
      <h3 className="review-subhead">Joint pipeline</h3>
      <ValuePipeline review={review} />
      <h3 className="review-subhead">Value events</h3>
      <ValueEvents review={review} />
    </ReviewSection>
  );
}
