import { useId } from 'react';
import type { ReactNode } from 'react';
import type { IntentSection } from '@shared/intentDiff';
import { INTENT_SECTION_LABELS } from '@shared/intentDiff';
import { INTENT_VISIBILITY } from '@shared/domain';
import { VisibilityMarker } from './VisibilityMarker';

interface Props {
  readonly section: IntentSection;
  /** Tables and the purpose take the full width; short text sections share a row. */
  readonly isWide?: boolean;
  readonly children: ReactNode;
}

/** One section of the charter in the reading view, marked shared or internal. */
export function IntentSectionCard({ section, isWide, children }: Props) {
  const id = useId();
  const visibility = INTENT_VISIBILITY[section];
  return (
    <section className={`intent-section intent-section-${visibility}${isWide ? ' intent-section-wide' : ''}`} aria-labelledby={id}>
      <header className="intent-section-header">
        <h3 id={id}>{INTENT_SECTION_LABELS[section]}</h3>
        <VisibilityMarker visibility={visibility} />
      </header>
      {children}
    </section>
  );
}
