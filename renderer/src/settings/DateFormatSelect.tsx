import type { DateStyle } from '@shared/dates';
import { DATE_STYLES, formatDayText } from '@shared/dates';
import { systemLocale } from '../format';
import { useToday } from '../useToday';

interface Props {
  readonly id: string;
  readonly value: DateStyle;
  readonly onChange: (style: DateStyle) => void;
}

const isDateStyle = (value: string): value is DateStyle => (DATE_STYLES as readonly string[]).includes(value);

/** Each choice shows today written that way, so the user picks by what they see. */
export function DateFormatSelect({ value, onChange, ...rest }: Props) {
  const today = useToday();
  const locale = systemLocale();
  const label = (style: DateStyle) => {
    const example = formatDayText(today, { style, locale });
    return style === 'locale' ? `${example} (as ${locale} writes it)` : example;
  };
  return (
    <select {...rest} value={value} onChange={(e) => isDateStyle(e.target.value) && onChange(e.target.value)}>
      {DATE_STYLES.map((style) => (
        <option key={style} value={style}>
          {label(style)}
        </option>
      ))}
    </select>
  );
}
