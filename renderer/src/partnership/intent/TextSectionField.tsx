import type { FieldErrors } from '@shared/domain';
import { INTENT_VISIBILITY } from '@shared/domain';
import { INTENT_SECTION_LABELS } from '@shared/intentDiff';
import { Field } from '../../components/Field';
import { VisibilityMarker } from './VisibilityMarker';

type TextSection = 'purpose' | 'nonNegotiables' | 'successCriteria' | 'exitConditions' | 'internalNotes';

interface Props {
  readonly section: TextSection;
  readonly value: string;
  readonly errors: FieldErrors;
  readonly hint: string;
  readonly onChange: (value: string) => void;
}

/** A one-field section of the editor: a labelled text area, marked shared or internal. */
export function TextSectionField({ section, value, errors, hint, onChange }: Props) {
  const visibility = INTENT_VISIBILITY[section];
  return (
    <div className={`intent-edit-block intent-section-${visibility}`}>
      <VisibilityMarker visibility={visibility} />
      <Field label={INTENT_SECTION_LABELS[section]} error={errors[section]} hint={hint}>
        {(a) => <textarea {...a} rows={section === 'purpose' ? 3 : 4} value={value} onChange={(e) => onChange(e.target.value)} />}
      </Field>
    </div>
  );
}
