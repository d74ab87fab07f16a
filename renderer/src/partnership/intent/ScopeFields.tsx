import type { FieldErrors, IntentContent } from '@shared/domain';
import { Field } from '../../components/Field';
import { EditBlock } from './EditBlock';

type Scope = IntentContent['scope'];

interface Props {
  readonly value: Scope;
  readonly errors: FieldErrors;
  readonly onChange: (value: Scope) => void;
}

export function ScopeFields({ value, errors, onChange }: Props) {
  return (
    <EditBlock section="scope" hint="Products, territories and segments the partnership covers — and the ones it does not.">
      <div className="intent-columns">
        <Field label="In scope" error={errors['scope.inScope']}>
          {(a) => <textarea {...a} rows={3} value={value.inScope} onChange={(e) => onChange({ ...value, inScope: e.target.value })} />}
        </Field>
        <Field label="Out of scope" error={errors['scope.outOfScope']}>
          {(a) => <textarea {...a} rows={3} value={value.outOfScope} onChange={(e) => onChange({ ...value, outOfScope: e.target.value })} />}
        </Field>
      </div>
    </EditBlock>
  );
}
