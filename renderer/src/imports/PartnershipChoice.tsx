import { useId } from 'react';
import type { Partnership } from '@shared/domain';

interface Props {
  readonly partnerships: readonly Partnership[];
  /** The partnership every row goes to; undefined when a column of the file names it. */
  readonly value: string | undefined;
  readonly onChange: (partnershipId: string | undefined) => void;
}

/** Stakeholders and commitments belong to a partnership: one for all rows, or one per row from the file. */
export function PartnershipChoice({ partnerships, value, onChange }: Props) {
  const id = useId();
  return (
    <div className="field import-partnership">
      <label htmlFor={id}>Partnership</label>
      <select id={id} value={value ?? ''} aria-describedby={`${id}-hint`} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">Named in a column of the file</option>
        {partnerships.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="field-hint">
        {value === undefined ? 'Each row’s partnership is matched by name (any case) to a partnership you have.' : 'Every row goes to this partnership.'}
      </p>
    </div>
  );
}
