import type { Edition } from '@shared/exports/partnerSafe';
import { EDITIONS } from '@shared/exports/partnerSafe';

const LABELS = { internal: 'Internal', partner: 'Partner-safe' } as const satisfies Record<Edition, string>;

/** Internal or partner-safe: which edition of the review is on screen (and exported). */
export function EditionSwitch({ value, onChange }: { readonly value: Edition; readonly onChange: (edition: Edition) => void }) {
  return (
    <div className="segmented" role="group" aria-label="Edition">
      {EDITIONS.map((edition) => (
        <button key={edition} type="button" aria-pressed={value === edition} onClick={() => onChange(edition)}>
          {LABELS[edition]}
        </button>
      ))}
    </div>
  );
}
