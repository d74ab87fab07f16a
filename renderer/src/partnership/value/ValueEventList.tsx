// Value that is not a deal, the newest first, each with Edit and Delete.
import { EditDeleteButtons } from './EditDeleteButtons';
import type { ValueEvent } from '@shared/domain';
import { useDateText } from '../../clock/useDateText';
import { EVENT_KIND_LABELS } from './valueLabels';
import { formatMoney } from './valueFormat';

interface Props {
  readonly events: readonly ValueEvent[];
  readonly canEdit: boolean;
  readonly onEdit: (e: ValueEvent) => void;
  readonly onDelete: (e: ValueEvent) => void;
}

export function ValueEventList({ events, canEdit, onEdit, onDelete }: Props) {
  const { formatDay } = useDateText();
  return (
    <table className="table value-table">
      <caption className="visually-hidden">Value events, the newest first</caption>
      <thead>
        <tr>
          <th scope="col">On</th>
          <th scope="col">Kind</th>
          <th scope="col">What happened</th>
          <th scope="col" className="value-num">
            Amount
          </th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <tr key={e.id}>
            <td>{formatDay(e.occurredOn)}</td>
            <td>{EVENT_KIND_LABELS[e.kind]}</td>
            <th scope="row" className="value-account">
              {e.description}
            </th>
            <td className="value-num">{e.amount === undefined ? '—' : formatMoney(e.amount, e.currency)}</td>
            <td className="value-actions">
              {canEdit && <EditDeleteButtons name={e.description} onEdit={() => onEdit(e)} onDelete={() => onDelete(e)} />}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
