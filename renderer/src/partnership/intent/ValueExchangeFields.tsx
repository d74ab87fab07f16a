import type { FieldErrors, IntentContent } from '@shared/domain';
import { Field } from '../../components/Field';
import { EditBlock } from './EditBlock';

type ValueExchange = IntentContent['valueExchange'];

interface Props {
  readonly value: ValueExchange;
  readonly partnerOrg: string;
  readonly errors: FieldErrors;
  readonly onChange: (value: ValueExchange) => void;
}

/** What each side gives and gets, in two columns: us, then the partner. */
export function ValueExchangeFields({ value, partnerOrg, errors, onChange }: Props) {
  const area = (field: keyof ValueExchange, label: string) => (
    <Field label={label} error={errors[`valueExchange.${field}`]}>
      {(a) => <textarea {...a} rows={3} value={value[field]} onChange={(e) => onChange({ ...value, [field]: e.target.value })} />}
    </Field>
  );
  return (
    <EditBlock section="valueExchange" hint="A fair exchange keeps both sides invested: say plainly what each one puts in and takes out.">
      <div className="intent-columns">
        <div className="intent-column">
          <p className="intent-column-title">Us</p>
          {area('weGive', 'What we give')}
          {area('weGet', 'What we get')}
        </div>
        <div className="intent-column">
          <p className="intent-column-title">{partnerOrg} (partner)</p>
          {area('theyGive', 'What they give')}
          {area('theyGet', 'What they get')}
        </div>
      </div>
    </EditBlock>
  );
}
