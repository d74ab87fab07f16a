// A meeting's brief (`#/partnerships/<id>/brief/<meeting>`): when and with whom, what
// changed since the last meeting, what each side owes, the goals, and the agenda and
// notes to prepare, with the partner pre-read and calendar exports.
import { useState } from 'react';
import type { Partnership } from '@shared/domain';
import type { Edition } from '@shared/exports/partnerSafe';
import { meetingWhen } from '@shared/exports/briefMarkdown';
import { useDateText } from '../../clock/useDateText';
import { parseBriefRef, routeHref } from '../../router';
import type { BriefRef } from '../../router';
import { RecordMeetingDialog } from '../rhythm/RecordMeetingDialog';
import { BriefDocument } from './BriefDocument';
import { BriefToolbar } from './BriefToolbar';
import { PrepForm } from './PrepForm';
import { useBrief } from './useBrief';
import './brief.css';

export function BriefScreen({ partnership, detail }: { readonly partnership: Partnership; readonly detail?: string }) {
  const ref = parseBriefRef(detail);
  if (!ref) return <BriefMissing partnershipId={partnership.id} />;
  return <BriefView partnership={partnership} briefRef={ref} />;
}

function BriefView({ partnership, briefRef }: { readonly partnership: Partnership; readonly briefRef: BriefRef }) {
  const [edition, setEdition] = useState<Edition>('internal');
  const [recording, setRecording] = useState(false);
  const brief = useBrief(partnership.id, briefRef, edition);
  const internal = useBrief(partnership.id, briefRef, 'internal');
  const { format } = useDateText();
  if (brief === undefined || internal === undefined) return <p className="muted">Loading…</p>;
  if (brief === null || internal === null) return <BriefMissing partnershipId={partnership.id} />;
  const { meeting } = brief;
  return (
    <article className="brief" aria-labelledby="brief-title">
      <a className="brief-back" href={routeHref({ screen: 'partnership', id: partnership.id, tab: 'cadences' })}>
        ← Cadences
      </a>
      <header className="brief-header">
        <h2 id="brief-title">Brief: {meeting.title}</h2>
        <p className="brief-when">{meetingWhen(meeting, format)}</p>
        <p className="muted">
          {meeting.durationMinutes} minutes{meeting.channel ? ` · ${meeting.channel}` : ''}
          {edition === 'partner' ? ' · Partner-safe view: exactly what the pre-read holds' : ''}
        </p>
        {meeting.hasStarted && (
          <button type="button" className="button button-primary brief-record" onClick={() => setRecording(true)}>
            Record this meeting
          </button>
        )}
      </header>
      <BriefToolbar partnershipId={partnership.id} partnershipName={partnership.name} title={meeting.title} day={meeting.userTime.local.slice(0, 10)} briefRef={briefRef} edition={edition} onEdition={setEdition} />
      <div className="brief-layout">
        <div className="brief-main">
          {edition === 'internal' ? (
            <PrepForm key={`${internal.prepId ?? 'draft'}`} partnershipId={partnership.id} brief={internal} />
          ) : (
            <section className="brief-section" aria-labelledby="brief-agenda-read">
              <h3 id="brief-agenda-read">Agenda</h3>
              {brief.agenda.items.length === 0 ? <p className="muted">No agenda yet.</p> : <ol className="brief-list">{brief.agenda.items.map((item, i) => <li key={i}>{item}</li>)}</ol>}
            </section>
          )}
        </div>
        <BriefDocument brief={brief} />
      </div>
      {recording && (
        <RecordMeetingDialog
          partnershipId={partnership.id}
          {...(meeting.cadenceId ? { cadenceId: meeting.cadenceId, occurrence: meeting.occurrence } : {})}
          agendaItems={internal.agenda.items}
          onClose={() => setRecording(false)}
        />
      )}
    </article>
  );
}

function BriefMissing({ partnershipId }: { readonly partnershipId: string }) {
  return (
    <div className="empty">
      <h2>This meeting is not in the partnership</h2>
      <p>Its cadence or its preparation may have been deleted.</p>
      <a className="button" href={routeHref({ screen: 'partnership', id: partnershipId, tab: 'cadences' })}>
        Back to the cadences
      </a>
    </div>
  );
}
