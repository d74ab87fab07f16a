// "Record this meeting": the meeting log prefilled for one meeting — the cadence's people as
// attendees, the agenda items (or the cadence's agenda template) as discussion points, and
// the partnership's open commitments, overdue first, to mark done, keep open or re-date —
// saved in one transaction (renderer/db/recordMeeting.ts), then the partner recap to send.
import { useState } from 'react';
import type { Cadence, Commitment, OccurrenceRecord, Partnership, PartnershipId, Stakeholder } from '@shared/domain';
import { utcToLocal } from '@shared/recurrence';
import { useLiveQuery } from '../../../db/live';
import { appContext, db } from '../../../db/db';
import { useSettings } from '../../../db/hooks';
import { getPartnership } from '../../../db/queries';
import type { RecordedMeeting } from '../../../db/recordMeeting';
import { recordMeeting } from '../../../db/recordMeeting';
import { listCadences, listCommitments, listOccurrenceRecords, listStakeholders } from '../../../db/workspaceQueries';
import { useDateText } from '../../clock/useDateText';
import { Dialog } from '../../components/Dialog';
import { useToast } from '../../components/ToastProvider';
import { useToday } from '../../useToday';
import { MeetingRecapPanel } from './MeetingRecapPanel';
import { occurrenceWhen, whenText } from './rhythmFormat';
import type { TouchpointDraft } from './touchpointDraft';
import { blankTouchpointDraft, commitmentUpdatesFrom, discussedRows, discussionPoints, logInputFrom } from './touchpointDraft';
import { TouchpointForm } from './TouchpointForm';

interface Props {
  readonly partnershipId: string;
  readonly cadenceId?: string;
  /** The planned instant (ISO UTC) of the occurrence it records, which it marks held. */
  readonly occurrence?: string;
  /** The meeting's agenda (from its brief); the cadence's agenda template when absent. */
  readonly agendaItems?: readonly string[];
  readonly onClose: () => void;
}

interface Loaded {
  readonly partnership: Partnership;
  readonly cadence?: Cadence;
  readonly stakeholders: readonly Stakeholder[];
  readonly open: readonly Commitment[];
  readonly records: readonly OccurrenceRecord[];
}

export function RecordMeetingDialog({ partnershipId, cadenceId, occurrence, agendaItems, onClose }: Props) {
  const zone = useSettings()?.timeZone;
  const [recorded, setRecorded] = useState<RecordedMeeting>();
  const loaded = useLiveQuery(async (): Promise<Loaded | null> => {
    const [partnership, cadences, stakeholders, open, records] = await Promise.all([
      getPartnership(db, partnershipId as PartnershipId),
      listCadences(db, partnershipId),
      listStakeholders(db, partnershipId),
      listCommitments(db, partnershipId, 'open'),
      cadenceId ? listOccurrenceRecords(db, cadenceId) : Promise.resolve([]),
    ]);
    if (!partnership) return null;
    const cadence = cadences.find((c) => c.id === cadenceId);
    return { partnership, stakeholders, open, records, ...(cadence ? { cadence } : {}) };
  }, [partnershipId, cadenceId]);
  if (loaded === null) return <GoneDialog onClose={onClose} />;
  if (!loaded || !zone) return null;
  const title = loaded.cadence?.name ?? 'meeting';
  return (
    <Dialog title={recorded ? `Recap of “${recorded.touchpoint.title}”` : `Record “${title}”`} onClose={onClose} wide>
      {recorded ? (
        <MeetingRecapPanel partnershipId={partnershipId} touchpointId={recorded.touchpoint.id} onClose={onClose} />
      ) : (
        <RecordMeetingForm loaded={loaded} zone={zone} occurrence={occurrence} agendaItems={agendaItems} onRecorded={setRecorded} onCancel={onClose} />
      )}
    </Dialog>
  );
}

interface FormProps {
  readonly loaded: Loaded;
  readonly zone: string;
  readonly occurrence?: string;
  readonly agendaItems?: readonly string[];
  readonly onRecorded: (recorded: RecordedMeeting) => void;
  readonly onCancel: () => void;
}

/** A template's lines without their list marks: "- Pipeline" and "1. Pipeline" are both "Pipeline". */
const templateLines = (template: string) => template.split(/\r?\n/).map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, '').trim());

function RecordMeetingForm({ loaded, zone, occurrence, agendaItems, onRecorded, onCancel }: FormProps) {
  const { partnership, cadence, stakeholders, open, records } = loaded;
  const today = useToday();
  const toast = useToast();
  const { format } = useDateText();
  // A meeting moved elsewhere took place where it moved to.
  const movedTo = records.find((r) => !r.deletedAt && r.occurrence === occurrence && r.outcome === 'moved')?.movedTo;
  const at = movedTo ?? occurrence;
  const link = cadence && occurrence ? { cadenceId: cadence.id, occurrence } : undefined;
  const [initial] = useState<TouchpointDraft>(() => {
    const live = new Set<string>(stakeholders.map((s) => s.id));
    return blankTouchpointDraft(at ? utcToLocal(at, zone).slice(0, 10) : today, {
      title: cadence?.name ?? '',
      attendeeIds: cadence?.participantIds.filter((id) => live.has(id)) ?? [],
      summary: discussionPoints(agendaItems ?? templateLines(cadence?.agendaTemplate ?? '')),
      discussed: discussedRows(open, today),
    });
  });
  const when = cadence && at ? whenText(occurrenceWhen(at, zone, cadence.zone, format)) : undefined;

  async function save(draft: TouchpointDraft) {
    const done = await recordMeeting(appContext, { ...logInputFrom(draft, partnership.id, link), commitmentUpdates: commitmentUpdatesFrom(draft.discussed ?? []) });
    toast({ message: recordedMessage(done) });
    onRecorded(done);
  }

  return (
    <TouchpointForm
      partnership={partnership}
      stakeholders={stakeholders}
      initial={initial}
      context={when ? `Saving records the meeting of ${when} as held, with what became of each open commitment.` : 'Saving records the meeting with what became of each open commitment.'}
      submitLabel="Save meeting"
      onSave={save}
      onCancel={onCancel}
    />
  );
}

function recordedMessage(done: RecordedMeeting): string {
  const parts = [
    `${done.decisions.length} decision${done.decisions.length === 1 ? '' : 's'}`,
    `${done.commitments.length} follow-up${done.commitments.length === 1 ? '' : 's'}`,
    `${done.updated.length} commitment${done.updated.length === 1 ? '' : 's'} updated`,
  ];
  return `Recorded “${done.touchpoint.title}”: ${parts.join(', ')}.${done.occurrence ? ' The meeting is marked held.' : ''}`;
}

function GoneDialog({ onClose }: { readonly onClose: () => void }) {
  return (
    <Dialog title="Record a meeting" onClose={onClose}>
      <p className="dialog-body">This partnership is no longer in your portfolio.</p>
    </Dialog>
  );
}
