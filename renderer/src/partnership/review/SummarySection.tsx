// The executive summary at the top of the review: wins, risks and asks as saved with this
// quarter's review (or the draft from the data until then). On the Review tab's internal
// edition it can be edited; the print view and the partner edition show it read-only.
import { useState } from 'react';
import { SUMMARY_PARTS } from '@shared/domain';
import type { QuarterlyReview } from '@shared/exports/quarterlyReview';
import { SUMMARY_PART_TITLES, isInternalLine, summaryLines } from '@shared/exports/reviewSummary';
import { useDateText } from '../../clock/useDateText';
import { ReviewSection } from './ReviewSection';
import { SummaryEditor } from './SummaryEditor';

interface Props {
  readonly review: QuarterlyReview;
  /** Given on the Review tab: the summary can be edited there (internal edition only). */
  readonly partnershipId?: string;
}

function SummaryLists({ review }: { readonly review: QuarterlyReview }) {
  return (
    <div className="review-summary">
      {SUMMARY_PARTS.map((part) => {
        const lines = summaryLines(review.summary.text[part]);
        return (
          <div key={part} className="review-summary-part">
            <h3>{SUMMARY_PART_TITLES[part]}</h3>
            {lines.length === 0 ? (
              <p className="review-empty">None.</p>
            ) : (
              <ul>
                {lines.map((line, i) => (
                  // Lines are plain text without ids; their order is the saved order.
                  <li key={i} className={isInternalLine(line) ? 'review-summary-internal' : undefined}>
                    {line}
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </div>
  );
}

export function SummarySection({ review, partnershipId }: Props) {
  const { formatInstant } = useDateText();
  const [isEditing, setEditing] = useState(false);
  const { summary } = review;
  const canEdit = partnershipId !== undefined && review.edition === 'internal';
  const status = summary.isSaved ? `Saved ${summary.savedAt ? formatInstant(summary.savedAt) : ''}.` : 'Drafted from the data: edit and save it to keep it with this quarter’s review.';
  return (
    <ReviewSection id="summary" title="Executive summary">
      {review.edition === 'internal' && (
        <p className="review-note">
          {status} Lines starting with “[internal]” stay out of the partner edition.
        </p>
      )}
      {canEdit && isEditing ? <SummaryEditor review={review} partnershipId={partnershipId} onDone={() => setEditing(false)} /> : <SummaryLists review={review} />}
      {canEdit && !isEditing && (
        <div className="form-actions review-summary-actions">
          <button type="button" className="button" onClick={() => setEditing(true)}>
            Edit summary
          </button>
        </div>
      )}
    </ReviewSection>
  );
}
