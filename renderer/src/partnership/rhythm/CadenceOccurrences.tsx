// The occurrences a fixed cadence lists, and the dialogs behind their actions: past ones
// nobody recorded (to settle one by one, or several at once), the last few recorded, and
// the next few ahead. Mark held logs a meeting for the occurrence; Skip and Move record
// what happened instead.
import { useState } from 'react';
import type { CadenceOccurrence } from '@shared/cadenceSchedule';
import type { Cadence, OccurrenceRecord, Partnership, Stakeholder } from '@shared/domain';
import { appContext } from '../../../db/db';
import { deleteOccurrenceRecord, restoreOccurrenceRecord } from '../../../db/cadences';
import { useUndoableDelete } from '../../components/useUndoableDelete';
import type { ShownOccurrences } from './cadencePlan';
import type { OccurrenceDialogKind } from './OccurrenceActionDialog';
import { OccurrenceActionDialog } from './OccurrenceActionDialog';
import type { OccurrenceActionKind } from './OccurrenceRow';
import { OccurrenceRow } from './OccurrenceRow';
import { useDateText } from '../../clock/useDateText';
import { occurrenceWhen, whenText } from './rhythmFormat';
import { UnrecordedGroup } from './UnrecordedGroup';

interface Props {
  readonly partnership: Partnership;
  readonly cadence: Cadence;
  readonly shown: ShownOccurrences;
  readonly records: readonly OccurrenceRecord[];
  readonly stakeholders: readonly Stakeholder[];
  readonly userZone: string;
}

interface Action {
  readonly kind: OccurrenceDialogKind;
  readonly occurrence: CadenceOccurrence;
}

export function CadenceOccurrences({ partnership, cadence, shown, records, stakeholders, userZone }: Props) {
  const [action, setAction] = useState<Action>();
  const undoableDelete = useUndoableDelete();
  const { format } = useDateText();
  const when = (iso: string) => occurrenceWhen(iso, userZone, cadence.zone, format);
  const recordOf = (o: CadenceOccurrence) => records.find((r) => r.id === o.recordId);

  const act = (occurrence: CadenceOccurrence) => (kind: OccurrenceActionKind) => {
    if (kind !== 'reset') return setAction({ kind, occurrence });
    const record = recordOf(occurrence);
    if (!record) return;
    void undoableDelete(`the ${record.outcome} mark on ${whenText(when(occurrence.occurrence))}`, () => deleteOccurrenceRecord(appContext, record.id), () => restoreOccurrenceRecord(appContext, record.id));
  };

  const row = (o: CadenceOccurrence, selection?: { readonly isSelected: boolean; readonly onToggle: () => void }) => (
    <OccurrenceRow
      key={o.occurrence}
      cadence={cadence}
      occurrence={o}
      when={when(o.at)}
      plannedWhen={o.at === o.occurrence ? undefined : whenText(when(o.occurrence))}
      record={recordOf(o)}
      onAction={act(o)}
      {...(selection ? { selection } : {})}
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
        {shown.unrecorded.length > 0 && <UnrecordedGroup cadence={cadence} occurrences={shown.unrecorded} userZone={userZone} row={row} />}
        {shown.recent.length > 0 && (
          <tbody>
            <tr className="rhythm-group">
              <th scope="colgroup" colSpan={3}>Recent</th>
            </tr>
            {shown.recent.map((o) => row(o))}
          </tbody>
        )}
        <tbody>
          <tr className="rhythm-group">
            <th scope="colgroup" colSpan={3}>Upcoming</th>
          </tr>
          {shown.upcoming.map((o) => row(o))}
          {shown.upcoming.length === 0 && (
            <tr>
              <td colSpan={3} className="muted">Nothing more is planned: the rule has ended.</td>
            </tr>
          )}
        </tbody>
      </table>
      {action && (
        <OccurrenceActionDialog
          kind={action.kind}
          occurrence={action.occurrence}
          partnership={partnership}
          cadence={cadence}
          stakeholders={stakeholders}
          userZone={userZone}
          onClose={() => setAction(undefined)}
        />
      )}
    </>
  );
}
