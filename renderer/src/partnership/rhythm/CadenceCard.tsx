// One cadence: its rhythm in words, when it is next due (ok / due soon / overdue), how
// well it was kept over the last 90 days, and its occurrences with their actions.
import { useState } from 'react';
import type { ReactNode } from 'react';
import { describeCadence } from '@shared/cadencePresets';
import type { NextDue } from '@shared/cadenceSchedule';
import type { Cadence, OccurrenceRecord, Partnership, Stakeholder, Touchpoint } from '@shared/domain';
import { flexibleMeetingAt } from '@shared/brief/flexibleMeeting';
import { utcToLocal } from '@shared/recurrence';
import { calendarCache } from '../../../db/calendarCache';
import { capitalise, relativeDays } from '../../format';
import { briefHref } from '../../router';
import { useDateText } from '../../clock/useDateText';
import type { CadencePlan } from './cadencePlan';
import { cadencePlan } from './cadencePlan';
import { CadenceOccurrences } from './CadenceOccurrences';
import { byIdMap, occurrenceWhen, stakeholderNames, whenText } from './rhythmFormat';
import { TouchpointDialog } from './TouchpointDialog';
import { blankTouchpointDraft } from './touchpointDraft';
import { LastChanged } from '../authors/LastChanged';

interface Props {
  readonly partnership: Partnership;
  readonly cadence: Cadence;
  readonly records: readonly OccurrenceRecord[];
  readonly touchpoints: readonly Touchpoint[];
  readonly stakeholders: readonly Stakeholder[];
  readonly userZone: string;
  readonly now: Date;
  readonly today: string;
  readonly onEdit: () => void;
  readonly onTogglePause: () => void;
  readonly onDelete: () => void;
}

export function CadenceCard(props: Props) {
  const { partnership, cadence, records, touchpoints, stakeholders, userZone, now, onEdit, onTogglePause, onDelete } = props;
  const [isLogging, setLogging] = useState(false);
  const plan = cadencePlan(cadence, records, touchpoints, now);
  const titleId = `cadence-${cadence.id}`;
  const names = stakeholderNames(cadence.participantIds, byIdMap(stakeholders));
  const isPaused = cadence.status === 'paused';
  return (
    <article className="panel rhythm-card" aria-labelledby={titleId}>
      <header className="rhythm-card-head">
        <div>
          <h3 id={titleId} className="rhythm-card-title">
            {cadence.name} <span className="tag">{capitalise(cadence.kind)}</span> <span className={`badge badge-${cadence.status}`}>{capitalise(cadence.status)}</span>
          </h3>
          <p className="rhythm-describe">{describeCadence(cadence)}</p>
          <LastChanged table="cadences" id={cadence.id} updatedAt={cadence.updatedAt} />
        </div>
        <div className="rhythm-card-actions">
          {cadence.mode === 'flexible' && !isPaused && (
            <>
              {plan.ok && plan.due?.mode === 'flexible' && (
                <a className="button button-small" href={briefHref(cadence.partnershipId, { cadenceId: cadence.id, occurrence: flexibleMeetingAt(cadence, plan.due.idealOn, now.toISOString()) })} aria-label={`Prepare the next ${cadence.name}`}>
                  Prepare
                </a>
              )}
              <button type="button" className="button button-small button-primary" onClick={() => setLogging(true)} aria-label={`Log meeting: ${cadence.name}`}>
                Log meeting
              </button>
            </>
          )}
          <button type="button" className="button button-small" onClick={onEdit} aria-label={`Edit ${cadence.name}`}>
            Edit
          </button>
          <button type="button" className="button button-small" onClick={onTogglePause} aria-label={`${isPaused ? 'Resume' : 'Pause'} ${cadence.name}`}>
            {isPaused ? 'Resume' : 'Pause'}
          </button>
          <button type="button" className="button button-small button-quiet" onClick={onDelete} aria-label={`Delete ${cadence.name}`}>
            Delete
          </button>
        </div>
      </header>
      <dl className="facts rhythm-facts">
        <Fact label="Next due">
          {plan.ok ? <DueText due={plan.due} cadence={cadence} userZone={userZone} today={props.today} /> : '—'}
          {plan.ok && !isPaused && plan.shown && plan.shown.unrecorded.length > 0 && <span className="cell-sub rhythm-unrecorded-count">{plan.shown.unrecorded.length} past not recorded yet</span>}
        </Fact>
        <Fact label="Kept, last 90 days">{plan.ok ? <AdherenceText plan={plan} /> : '—'}</Fact>
        <Fact label="Length and channel">{[`${cadence.durationMinutes} min`, cadence.channel].filter(Boolean).join(' · ')}</Fact>
        <Fact label="Participants">{names.length > 0 ? names.join(', ') : 'None named'}</Fact>
      </dl>
      {!plan.ok && <p className="form-failure">This cadence cannot be planned: {plan.problem}. Edit its rule to fix it.</p>}
      {plan.ok && isPaused && <p className="muted">Paused: no occurrences are planned and no reminders are sent. Resume it to plan them again.</p>}
      {plan.ok && plan.shown && !isPaused && <CadenceOccurrences partnership={partnership} cadence={cadence} shown={plan.shown} records={records} stakeholders={stakeholders} userZone={userZone} />}
      {isLogging && (
        <TouchpointDialog
          title={`Log “${cadence.name}”`}
          partnership={partnership}
          stakeholders={stakeholders}
          initial={blankTouchpointDraft(props.today, { title: cadence.name, attendeeIds: cadence.participantIds.filter((id) => stakeholders.some((s) => s.id === id)), summary: cadence.agendaTemplate })}
          link={{ cadenceId: cadence.id, occurrence: '' }}
          context="Logging this meeting restarts the flexible interval from its date."
          onClose={() => setLogging(false)}
        />
      )}
    </article>
  );
}

function Fact({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const BAND_LABELS = { ok: 'OK', 'due soon': 'Due soon', overdue: 'Overdue' } as const;

function DueText({ due, cadence, userZone, today }: { readonly due?: NextDue; readonly cadence: Cadence; readonly userZone: string; readonly today: string }) {
  const { formatDay, format } = useDateText();
  if (!due) return <>{cadence.status === 'paused' ? 'Paused' : 'Nothing planned'}</>;
  const band = <span className={`rhythm-band rhythm-band-${due.band.replace(' ', '-')}`}>{BAND_LABELS[due.band]}</span>;
  if (due.mode === 'flexible') {
    return (
      <>
        {band} Ideally by {formatDay(due.idealOn)}
        <span className="cell-sub">
          At the latest {formatDay(due.maxOn)} · {due.lastHeldOn ? `last held ${formatDay(due.lastHeldOn)}` : 'not held yet'}
        </span>
      </>
    );
  }
  return (
    <>
      {band} {whenText(occurrenceWhen(due.at, userZone, cadence.zone, format))}
      <span className="cell-sub">{capitalise(relativeDays(utcToLocal(due.at, userZone, calendarCache()).slice(0, 10), today))}</span>
    </>
  );
}

function AdherenceText({ plan }: { readonly plan: Extract<CadencePlan, { ok: true }> }) {
  const { planned, held, skipped, moved } = plan.adherence;
  if (planned === 0) return <>Nothing planned yet</>;
  const others = [skipped > 0 ? `${skipped} skipped` : '', moved > 0 ? `${moved} moved` : ''].filter(Boolean).join(' · ');
  return (
    <>
      {held} of {planned} held <span className="muted">({Math.round((held / planned) * 100)}%)</span>
      {others && <span className="cell-sub">{others}</span>}
    </>
  );
}
