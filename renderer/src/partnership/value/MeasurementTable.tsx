// A goal's measurements, the newest first, each with Edit (in a dialog) and Delete (with Undo).
import { EditDeleteButtons } from './EditDeleteButtons';
import { useState } from 'react';
import type { Goal, GoalMeasurement } from '@shared/domain';
import { useDateText } from '../../clock/useDateText';
import { Dialog } from '../../components/Dialog';
import { MeasurementForm } from './MeasurementForm';
import { useValueActions } from './useValueActions';
import { formatGoalValue } from './valueFormat';

const SOURCE_NAMES = { us: 'Us', partner: 'Partner', import: 'Import' } as const;

interface Props {
  readonly partnershipId: string;
  readonly goal: Goal & { readonly id: string };
  readonly measurements: readonly GoalMeasurement[];
  readonly canEdit: boolean;
}

export function MeasurementTable({ partnershipId, goal, measurements, canEdit }: Props) {
  const { formatDay } = useDateText();
  const [editing, setEditing] = useState<GoalMeasurement>();
  const actions = useValueActions();
  const label = (m: GoalMeasurement) => `${formatGoalValue(goal, m.value)} on ${formatDay(m.asOf)}`;
  return (
    <>
      <table className="goal-measurements">
        <caption className="visually-hidden">Measurements of {goal.statement}</caption>
        <thead>
          <tr>
            <th scope="col">As of</th>
            <th scope="col">Value</th>
            <th scope="col">Source</th>
            <th scope="col">Note</th>
            {canEdit && (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {[...measurements].reverse().map((m) => (
            <tr key={m.id}>
              <td>{formatDay(m.asOf)}</td>
              <td>{formatGoalValue(goal, m.value)}</td>
              <td>{SOURCE_NAMES[m.source]}</td>
              <td>{m.note || '—'}</td>
              {canEdit && (
                <td className="value-actions">
                  <EditDeleteButtons name={`measurement ${label(m)}`} onEdit={() => setEditing(m)} onDelete={() => void actions.removeMeasurement(m, label(m))} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {editing && (
        <Dialog title={`Edit the measurement of ${goal.statement}`} onClose={() => setEditing(undefined)}>
          <MeasurementForm partnershipId={partnershipId} goalId={goal.id} goalLabel={goal.statement} initial={editing} onSaved={() => setEditing(undefined)} onCancel={() => setEditing(undefined)} />
        </Dialog>
      )}
    </>
  );
}
