import type { QuarterlyReview } from '@shared/exports/quarterlyReview';
import { IntentChangeList } from '../intent/IntentChangeList';
import { ReviewSection } from './ReviewSection';
import '../intent/intent.css';

/** What changed in the charter between the start and the end of the quarter. */
export function IntentChangesSection({ review }: { readonly review: QuarterlyReview }) {
  const { fromVersion, toVersion, changes } = review.intentChanges;
  return (
    <ReviewSection id="intent" title="What changed in the charter">
      {changes.length === 0 ? (
        <p className="review-empty">
          {toVersion === undefined ? 'No charter was agreed by the end of this quarter.' : `No change: version ${toVersion} was in force all quarter.`}
        </p>
      ) : (
        <>
          <p className="review-note">
            From {fromVersion === undefined ? 'no agreed charter' : `version ${fromVersion}`} to version {toVersion}.
          </p>
          <IntentChangeList changes={changes} />
        </>
      )}
    </ReviewSection>
  );
}
