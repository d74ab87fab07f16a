// The dialog behind an occurrence's action, wherever it is asked (the Cadences tab, or
// Attention's "was it held?"): Record opens "Record this meeting" (the meeting, the open
// commitments gone through, then the recap); Held logs the meeting for it, prefilled from
// the cadence; Skip and Move record what happened instead.
import type { CadenceOccurrence } from '@shared/cadenceSchedule';
import type { Cadence, Partnership, Stakeholder } from '@shared/domain';
import { utcToLocal } from '@shared/recurrence';
import { OccurrenceMarkDialog } from './OccurrenceMarkDialog';
import { RecordMeetingDialog } from './RecordMeetingDialog';
import { useDateText } from '../../clock/useDateText';
import { occurrenceWhen, whenText } from './rhythmFormat';
import { TouchpointDialog } from './TouchpointDialog';
import { blankTouchpointDraft } from './touchpointDraft';

export type OccurrenceDialogKind = 'record' | 'hold' | 'skip' | 'move';

interface Props {
  readonly kind: OccurrenceDialogKind;
  readonly occurrence: Pick<CadenceOccurrence, 'occurrence' | 'at'>;
  readonly partnership: Partnership;
  readonly cadence: Cadence;
  readonly stakeholders: readonly Stakeholder[];
  readonly userZone: string;
  readonly onClose: () => void;
}

export function OccurrenceActionDialog({ kind, occurrence, partnership, cadence, stakeholders, userZone, onClose }: Props) {
  const { format } = useDateText();
  const label = whenText(occurrenceWhen(occurrence.at, userZone, cadence.zone, format));
  if (kind === 'record') return <RecordMeetingDialog partnershipId={partnership.id} cadenceId={cadence.id} occurrence={occurrence.occurrence} onClose={onClose} />;
  if (kind !== 'hold') return <OccurrenceMarkDialog cadence={cadence} occurrence={occurrence} mode={kind} whenLabel={label} onClose={onClose} />;
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
