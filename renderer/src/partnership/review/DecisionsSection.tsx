import type { QuarterlyReview } from '@shared/exports/quarterlyReview';
import { useDateText } from '../../clock/useDateText';
import { ReviewSection } from './ReviewSection';

/** The decisions logged in the quarter; the rationale only in the internal edition. */
export function DecisionsSection({ review }: { readonly review: QuarterlyReview }) {
  const { formatDay } = useDateText();
  return (
    <ReviewSection id="decisions" title="Decisions">
      {review.decisions.length === 0 ? (
        <p className="review-empty">No decisions were recorded this quarter.</p>
      ) : (
        <ul className="review-decisions">
          {review.decisions.map((d, i) => (
            // Decisions carry no id in the review model; their order (by day) is stable.
            <li key={i}>
              <time dateTime={d.decidedOn}>{formatDay(d.decidedOn)}</time>
              <div>
                <p className="review-decision">{d.statement}</p>
                {d.rationale && <p className="review-rationale">Rationale (internal): {d.rationale}</p>}
              </div>
            </li>
          ))}
        </ul>
      )}
    </ReviewSection>
  );
}
