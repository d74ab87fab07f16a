import type { ChangeKind, SectionChange } from '@shared/intentDiff';
import { ChangeLine } from './ChangeLine';
import { VisibilityMarker } from './VisibilityMarker';

const KIND_LABELS = { added: 'Added', removed: 'Removed', changed: 'Changed' } as const satisfies Record<ChangeKind, string>;

function KindTag({ kind }: { readonly kind: ChangeKind }) {
  return <span className={`intent-kind intent-kind-${kind}`}>{KIND_LABELS[kind]}</span>;
}

/** Section by section; goals and tradeoffs item by item. */
export function IntentChangeList({ changes }: { readonly changes: readonly SectionChange[] }) {
  return (
    <ul className="intent-changes">
      {changes.map((change) => (
        <li key={`${change.section}-${change.field ?? ''}`} className={`intent-change intent-section-${change.visibility}`}>
          <div className="intent-change-header">
            <h3>{change.label}</h3>
            <KindTag kind={change.kind} />
            <VisibilityMarker visibility={change.visibility} />
          </div>
          {change.items ? (
            <ul className="intent-change-items">
              {change.items.map((item, index) => (
                // Items have no identity beyond their text, which may repeat.
                <li key={index}>
                  <KindTag kind={item.kind} /> <ChangeLine {...item} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="intent-text">
              <ChangeLine kind={change.kind} before={change.before} after={change.after} />
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
