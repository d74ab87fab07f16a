import { LoadSampleButton } from '../components/LoadSampleButton';

interface Props {
  readonly kind: 'first-run' | 'no-archived' | 'no-match';
  readonly onCreate: () => void;
  readonly onClearFilter: () => void;
}

export function PortfolioEmpty({ kind, onCreate, onClearFilter }: Props) {
  if (kind === 'no-match') {
    return (
      <div className="empty">
        <h2>No partnership matches</h2>
        <p>Try fewer words, or another status or type.</p>
        <button type="button" className="button" onClick={onClearFilter}>
          Clear the filters
        </button>
      </div>
    );
  }
  if (kind === 'no-archived') {
    return (
      <div className="empty">
        <h2>Nothing archived</h2>
        <p>Partnerships you archive land here, and you can restore them at any time.</p>
      </div>
    );
  }
  return (
    <div className="empty">
      <h2>Your portfolio is empty</h2>
      <p>
        Add each partnership you look after once its contract is signed: who the partner is, what kind of partnership it is, and when the term
        ends. Steward then keeps its intent, rhythm, commitments and health in one place.
      </p>
      <div className="empty-actions">
        <button type="button" className="button button-primary" onClick={onCreate}>
          Add your first partnership
        </button>
        <LoadSampleButton />
      </div>
    </div>
  );
}
