interface Props {
  readonly id: string;
  readonly value: string;
  readonly onChange: (zone: string) => void;
}

const ZONES: readonly string[] = Intl.supportedValuesOf('timeZone');

export function TimeZoneSelect({ value, onChange, ...rest }: Props) {
  const zones = ZONES.includes(value) ? ZONES : [value, ...ZONES];
  return (
    <select {...rest} value={value} onChange={(e) => onChange(e.target.value)}>
      {zones.map((zone) => (
        <option key={zone} value={zone}>
          {zone.replaceAll('_', ' ')}
        </option>
      ))}
    </select>
  );
}
