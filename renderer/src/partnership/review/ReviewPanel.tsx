// The Review tab: one quarter of the partnership, as the internal team or the partner
// would read it, with its exports. The quarter lives in the URL (…/review/2027-Q1) so
// the roll-up and the browser's back button land on the same quarter.
import { useState } from 'react';
import type { Partnership } from '@shared/domain';
import type { Edition } from '@shared/exports/partnerSafe';
import { asQuarter, currentQuarter, quarterOptions } from '../../components/quarterOptions';
import { navigate } from '../../router';
import { useToday } from '../../useToday';
import { ReviewDocument } from './ReviewDocument';
import { ReviewToolbar } from './ReviewToolbar';
import { useQuarterlyReview } from './useReview';
import './review.css';

export function ReviewPanel({ partnership, quarter }: { readonly partnership: Partnership; readonly quarter?: string }) {
  const today = useToday();
  const [edition, setEdition] = useState<Edition>('internal');
  const shown = asQuarter(quarter) ?? currentQuarter(today);
  const review = useQuarterlyReview(partnership.id, shown, edition);
  const chooseQuarter = (q: string) => navigate({ screen: 'partnership', id: partnership.id, tab: 'review', detail: q });
  return (
    <div className="review">
      <ReviewToolbar
        partnership={partnership}
        quarter={shown}
        quarters={quarterOptions(partnership.signedOn, today, shown)}
        onQuarter={chooseQuarter}
        edition={edition}
        onEdition={setEdition}
        review={review ?? undefined}
      />
      {review ? <ReviewDocument review={review} partnershipId={partnership.id} /> : <p className="muted">Loading…</p>}
    </div>
  );
}
