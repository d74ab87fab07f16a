// Checkboxes of the partnership's stakeholders, both sides, for a cadence's
// participants or a touchpoint's attendees.
import type { Side, Stakeholder } from '@shared/domain';

interface Props {
  readonly legend: string;
  readonly stakeholders: readonly Stakeholder[];
  readonly selected: readonly string[];
  readonly onChange: (ids: string[]) => void;
  readonly partnerOrg: string;
}

export function StakeholderChecks({ legend, stakeholders, selected, onChange, partnerOrg }: Props) {
  const toggle = (id: string) => onChange(selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id]);
  const sides: { side: Side; label: string }[] = [
    { side: 'us', label: 'Our side' },
    { side: 'partner', label: partnerOrg || 'Partner side' },
  ];
  return (
    <fieldset className="rhythm-people">
      <legend>{legend}</legend>
      {stakeholders.length === 0 && <p className="field-hint">Add people on the Stakeholders tab to pick them here.</p>}
      <div className="rhythm-people-sides">
        {sides.map(({ side, label }) => {
          const people = stakeholders.filter((s) => s.side === side);
          if (people.length === 0) return null;
          return (
            <div key={side} className="rhythm-people-side">
              <p className="rhythm-people-label">{label}</p>
              {people.map((s) => (
                <label key={s.id} className="check">
                  <input type="checkbox" checked={selected.includes(s.id)} onChange={() => toggle(s.id)} />
                  {s.name}
                  {s.title && <span className="muted"> · {s.title}</span>}
                </label>
              ))}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
