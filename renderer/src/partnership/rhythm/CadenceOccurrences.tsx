// The occurrences a fixed cadence lists, and the dialogs behind their actions:
// Mark held logs a meeting for the occurrence, Skip and Move record what happened instead.
import { useState } from 'react';
import type { CadenceOccurrence } from '@shared/cadenceSchedule';
import type { Cadence, OccurrenceRecord, Partnership, Stakeholder } from '@shared/domain';
import { utcToLocal } from '@shared/recurrence';
import { appContext } from '../../../db/db';
import { deleteOccurrenceRecord, restoreOccurrenceRecord } from '../../../db/cadences';
import { useUndoableDelete } from '../../components/useUndoableDelete';
import type { ShownOccurrences } from './cadencePlan';
import { OccurrenceMarkDialog } from './OccurrenceMarkDialog';
import type { OccurrenceActionKind } from './OccurrenceRow';
import { OccurrenceRow } from './OccurrenceRow';
import { occurrenceWhen, whenText } from './rhythmFormat';
import { TouchpointDialog } from './TouchpointDialog';
import { blankTouchpointDraft } from './touchpointDraft';
import { useDateText } from '../../clock/useDateText';

interface Props {
  readonly partnership: Partnership;
  readonly cadence: Cadence;
  readonly shown: ShownOccurrences;
  readonly records: readonly OccurrenceRecord[];
  readonly stakeholders: readonly Stakeholder[];
  readonly userZone: string;
}

interface Action {
  readonly kind: Exclude<OccurrenceActionKind, 'reset'>;
  readonly occurrence: CadenceOccurrence;
}

export function CadenceOccurrences({ partnership, cadence, shown, records, stakeholders, userZone }: Props) {
  const { format } = useDateText();
  const [action, setAction] = useState<Action>();
  const undoableDelete = useUndoableDelete();
  const when = (iso: string) => occurrenceWhen(iso, userZone, cadence.zone, format);
  const recordOf = (o: CadenceOccurrence) => records.find((r) => r.id === o.recordId);

  const act = (occurrence: CadenceOccurrence) => (kind: OccurrenceActionKind) => {
    if (kind !== 'reset') return setAction({ kind, occurrence });
    const record = recordOf(occurrence);
    if (!record) return;
    void undoableDelete(`the ${record.outcome} mark on ${whenText(when(occurrence.occurrence))}`, () => deleteOccurrenceRecord(appContext, record.id), () => restoreOccurrenceRecord(appContext, record.id));
  };

  const row = (o: CadenceOccurrence) => (
    <OccurrenceRow
      key={o.occurrence}
      cadence={cadence}
      occurrence={o}
      when={when(o.at)}
      plannedWhen={o.at === o.occurrence ? undefined : whenText(when(o.occurrence))}
      record={recordOf(o)}
      onAction={act(o)}
    />
  );

  return (
    <>
      <table className="table rhythm-occurrences">
        <caption className="visually-hidden">Occurrences of {cadence.name}</caption>
        <thead>
          <tr>
            <th scope="col">When (your time)</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        {shown.recent.length > 0 && (
          <tbody>
            <tr className="rhythm-group">
              <th scope="colgroup" colSpan={3}>Recent</th>
            </tr>
            {shown.recent.map(row)}
          </tbody>
        )}
        <tbody>
          <tr className="rhythm-group">
            <th scope="colgroup" colSpan={3}>Upcoming</th>
          </tr>
          {shown.upcoming.map(row)}
          {shown.upcoming.length === 0 && (
            <tr>
              <td colSpan={3} className="muted">Nothing more is planned: the rule has ended.</td>
            </tr>
          )}
        </tbody>
      </table>
      {action && <ActionDialog action={action} partnership={partnership} cadence={cadence} stakeholders={stakeholders} userZone={userZone} onClose={() => setAction(undefined)} />}
    </>
  );
}

interface DialogProps {
  readonly action: Action;
  readonly partnership: Partnership;
  readonly cadence: Cadence;
  readonly stakeholders: readonly Stakeholder[];
  readonly userZone: string;
  readonly onClose: () => void;
}

function ActionDialog({ action, partnership, cadence, stakeholders, userZone, onClose }: DialogProps) {
  const { format } = useDateText();
  const { occurrence } = action;
  const label = whenText(occurrenceWhen(occurrence.at, userZone, cadence.zone, format));
  if (action.kind !== 'hold') return <OccurrenceMarkDialog cadence={cadence} occurrence={occurrence} mode={action.kind} whenLabel={label} onClose={onClose} />;
  const live = new Set<string>(stakeholders.map((s) => s.id));
  const initial = blankTouchpointDraft(utcToLocal(occurrence.at, userZone).slice(0, 10), {
    title: cadence.name,
    attendeeIds: cadence.participantIds.filter((id) => live.has(id)),
    summary: cadence.agendaTemplate,
  });
  return (
    <TouchpointDialog
      title={`Log “${cadence.name}”`}
      partnership={partnership}
      stakeholders={stakeholders}
      initial={initial}
      link={{ cadenceId: cadence.id, occurrence: occurrence.occurrence }}
      context={`Logging this meeting marks the occurrence of ${label} as held.`}
      onClose={onClose}
    />
  );
}
