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
import { SummarySection } from './SummarySection';
import { ValueSection } from './ValueSection';

/** `partnershipId` is given on the Review tab, where the summary can be edited; the print view leaves it out. */
export function ReviewDocument({ review, partnershipId }: { readonly review: QuarterlyReview; readonly partnershipId?: string }) {
  return (
    <div className="review-document" data-edition={review.edition}>
      <ReviewFacts review={review} />
      <SummarySection review={review} {...(partnershipId ? { partnershipId } : {})} />
      <AdherenceSection review={review} />
      <CommitmentsSection review={review} />
      <HealthSection review={review} />
      <GoalsSection review={review} />
      <ValueSection review={review} />
      <DecisionsSection review={review} />
      <IntentChangesSection review={review} />
      <NextQuarterSection review={review} />
    </div>
  );
}
