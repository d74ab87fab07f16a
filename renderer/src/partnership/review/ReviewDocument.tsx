// Every part of a quarterly review, in the order of the Markdown export. Renders only
// what the review model holds, so the partner edition on screen (and in its PDF) is as
// safe as the model built for it (shared/exports/quarterlyReview.ts).
import type { QuarterlyReview } from '@shared/exports/quarterlyReview';
import { AdherenceSection } from './AdherenceSection';
import { CommitmentsSection } from './CommitmentsSection';
import { DecisionsSection } from './DecisionsSection';
import { GoalsSection } from './GoalsSection';
import { HealthSection } from './HealthSection';
import { IntentChangesSection } from './IntentChangesSection';
import { NextQuarterSection } from './NextQuarterSection';
import { ReviewFacts } from './ReviewFacts';

export function ReviewDocument({ review }: { readonly review: QuarterlyReview }) {
  return (
    <div className="review-document" data-edition={review.edition}>
      <ReviewFacts review={review} />
      <AdherenceSection review={review} />
      <CommitmentsSection review={review} />
      <HealthSection review={review} />
      <GoalsSection review={review} />
      <DecisionsSection review={review} />
      <IntentChangesSection review={review} />
      <NextQuarterSection review={review} />
    </div>
  );
}
