import { editionTitle } from '@shared/exports/partnerSafe';
import type { QuarterlyReview } from '@shared/exports/quarterlyReview';
import { asAtText } from '@shared/exports/reviewMarkdown';
import { StatusBadge } from '../../components/StatusBadge';
import { capitalise, formatDay } from '../../format';

/** Which quarter and edition this is, the moment it is as at, and the partnership's facts that edition may show. */
export function ReviewFacts({ review }: { readonly review: QuarterlyReview }) {
  const { partnership: p, internal, range } = review;
  const isPartner = review.edition === 'partner';
  return (
    <div className="review-facts">
      <p className={`review-edition review-edition-${review.edition}`} role="note">
        {isPartner ? 'Partner-safe: internal fields left out' : editionTitle('internal')}
      </p>
      <p className="review-period">
        <strong>{review.quarter.replace('-', ' ')}</strong> · {formatDay(range.first)} – {formatDay(range.last)}
      </p>
      <p className="review-as-at">{asAtText(review, range)}</p>
      <dl className="review-fact-list">
        <Fact label="Partner" value={p.partnerOrg} />
        <Fact label="Type" value={capitalise(p.type)} />
        <Fact label="Our owner" value={p.owner || '—'} />
        <Fact label="Signed" value={formatDay(p.signedOn)} />
        <Fact label="Term ends" value={formatDay(p.termEndsOn)} />
        {internal && (
          <div>
            <dt>Status</dt>
            <dd>
              <StatusBadge status={internal.status} />
            </dd>
          </div>
        )}
        {internal && internal.tags.length > 0 && <Fact label="Tags" value={internal.tags.join(', ')} />}
      </dl>
    </div>
  );
}

function Fact({ label, value }: { readonly label: string; readonly value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
