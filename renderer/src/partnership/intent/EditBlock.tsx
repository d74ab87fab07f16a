import type { ReactNode } from 'react';
import type { IntentSection } from '@shared/intentDiff';
import { INTENT_SECTION_LABELS } from '@shared/intentDiff';
import { INTENT_VISIBILITY } from '@shared/domain';
import { VisibilityMarker } from './VisibilityMarker';

interface Props {
  readonly section: IntentSection;
  readonly hint?: string;
  readonly children: ReactNode;
}

/** A multi-field section of the editor, grouped under its name and marked shared or internal. */
export function EditBlock({ section, hint, children }: Props) {
  const visibility = INTENT_VISIBILITY[section];
  return (
    <fieldset className={`intent-edit-block intent-section-${visibility}`}>
      <legend>{INTENT_SECTION_LABELS[section]}</legend>
      <VisibilityMarker visibility={visibility} />
      {hint && <p className="field-hint intent-edit-hint">{hint}</p>}
      {children}
    </fieldset>
  );
}
