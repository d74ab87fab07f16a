import { WEIGHTS } from '@shared/intentView';

/** A weight of 1–5 as filled dots, read out as "4 of 5". */
export function WeightMeter({ value }: { readonly value: number }) {
  return (
    <span className="intent-weight">
      <span className="intent-weight-dots" aria-hidden="true">
        {WEIGHTS.map((w) => (
          <span key={w} className={Number(w) <= value ? 'intent-dot intent-dot-on' : 'intent-dot'} />
        ))}
      </span>
      <span aria-hidden="true">{value}</span>
      <span className="visually-hidden">{value} of 5</span>
    </span>
  );
}
