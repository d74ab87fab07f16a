import { ConflictCard } from './ConflictCard';
import type { Conflicts } from './useConflicts';
import './conflicts.css';

/**
 * The Activity tab's conflicts from team sync: fields changed on two machines at once, each with
 * both values and a way to put the other back. Nothing at all without any
 * (and so nothing without a team).
 */
export function ConflictList({ conflicts }: { readonly conflicts: Conflicts }) {
  if (conflicts.views.length === 0) return null;
  const open = conflicts.views.filter((v) => !v.conflict.restoredAt).length;
  return (
    <section className="conflicts" aria-labelledby="conflicts-heading">
      <h2 id="conflicts-heading" className="section-title">
        Conflicts from team sync <span className="conflicts-count">{open === 0 ? 'all settled' : `${open} to review`}</span>
      </h2>
      <p className="conflicts-intro">A teammate changed the same field as you while you were offline. The merge kept one value; you can put the other one back.</p>
      <ol className="conflict-list">
        {conflicts.views.map((view) => (
          <ConflictCard key={view.conflict.id} view={view} writers={conflicts.writers} />
        ))}
      </ol>
    </section>
  );
}
