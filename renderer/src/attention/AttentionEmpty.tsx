import { LoadSampleButton } from '../components/LoadSampleButton';
import { routeHref } from '../router';

export function AttentionEmpty({ hasPartnerships }: { readonly hasPartnerships: boolean }) {
  if (hasPartnerships) {
    return (
      <div className="empty">
        <h2>Nothing needs you right now</h2>
        <p>Every cadence is on track, no commitment is overdue, health checks are current and no renewal is near.</p>
      </div>
    );
  }
  return (
    <div className="empty">
      <h2>Welcome to Steward</h2>
      <p>
        This screen ranks what needs you across all your partnerships: meetings that slipped, overdue commitments on either side, health that dropped,
        renewals coming up. Add your partnerships, or look around a realistic sample portfolio first.
      </p>
      <div className="empty-actions">
        <a className="button button-primary" href={routeHref({ screen: 'portfolio' })}>
          Add your partnerships
        </a>
        <LoadSampleButton />
      </div>
    </div>
  );
}
