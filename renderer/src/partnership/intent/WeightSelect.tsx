import { WEIGHTS, WEIGHT_LABELS } from '@shared/intentView';

interface Props {
  readonly id: string;
  readonly 'aria-invalid'?: boolean;
  readonly 'aria-describedby'?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
}

/** A tradeoff weight, 1 to 5, each step named so the scale means the same to everyone. */
export function WeightSelect({ value, onChange, ...props }: Props) {
  return (
    <select {...props} value={value} onChange={(e) => onChange(e.target.value)}>
      {WEIGHTS.map((weight) => (
        <option key={weight} value={weight}>
          {WEIGHT_LABELS[weight]}
        </option>
      ))}
    </select>
  );
}
