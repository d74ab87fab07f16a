import { LoadSampleButton } from '../components/LoadSampleButton';
import { routeHref } from '../router';

export function RollupEmpty() {
  return (
    <div className="empty">
      <h2>No partnerships to roll up yet</h2>
      <p>Each partnership you look after gets one row here: cadence adherence, commitments kept by each side, health from both sides and the renewal date.</p>
      <div className="empty-actions">
        <a className="button button-primary" href={routeHref({ screen: 'portfolio' })}>
          Go to the portfolio
        </a>
        <LoadSampleButton />
      </div>
    </div>
  );
}
