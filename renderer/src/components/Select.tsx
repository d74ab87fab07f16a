import { capitalise } from '../format';

/** A select over a list of domain values (string-literal unions), shown capitalised. */
interface SelectProps {
  readonly id: string;
  readonly 'aria-invalid'?: boolean;
  readonly 'aria-describedby'?: string;
  readonly value: string;
  readonly onChange: (event: { target: { value: string } }) => void;
  readonly options: readonly string[];
}

export function Select({ options, ...props }: SelectProps) {
  return (
    <select {...props}>
      {options.map((option) => (
        <option key={option} value={option}>
          {capitalise(option)}
        </option>
      ))}
    </select>
  );
}
