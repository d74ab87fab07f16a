// An ISO 4217 currency, chosen from the codes this browser knows, each with its name.
interface Props {
  readonly id: string;
  readonly value: string;
  readonly onChange: (code: string) => void;
  readonly 'aria-invalid'?: boolean;
  readonly 'aria-describedby'?: string;
}

const CODES: readonly string[] = Intl.supportedValuesOf('currency');
const NAMES = new Intl.DisplayNames(undefined, { type: 'currency' });

export function CurrencySelect({ value, onChange, ...rest }: Props) {
  const codes = CODES.includes(value) ? CODES : [value, ...CODES];
  return (
    <select {...rest} value={value} onChange={(e) => onChange(e.target.value)}>
      {codes.map((code) => (
        <option key={code} value={code}>
          {code} — {NAMES.of(code) ?? code}
        </option>
      ))}
    </select>
  );
}
