// The brief's sections on screen, in the edition chosen: what the partner pre-read holds
// (partner) or everything (internal). The agenda itself is the form beside it.
import type { MeetingBrief } from '@shared/brief/brief';
import type { CommitmentLine } from '@shared/brief/commitmentLines';
import type { DecisionLine } from '@shared/brief/meeting';
import { OWED_BY_LABELS } from '@shared/commitments';
import { OWED_BY } from '@shared/domain';
import { useDateText } from '../../clock/useDateText';

type FormatDay = (day: string | undefined) => string;

function Decisions({ list, formatDay }: { readonly list: readonly DecisionLine[]; readonly formatDay: FormatDay }) {
  return (
    <ul className="brief-list">
      {list.map((d, i) => (
        <li key={i}>
          <span className="muted">{formatDay(d.decidedOn)}</span> {d.statement}
          {d.rationale && <span className="cell-sub">Why: {d.rationale}</span>}
        </li>
      ))}
    </ul>
  );
}

function Commitments({ list, formatDay }: { readonly list: readonly CommitmentLine[]; readonly formatDay: FormatDay }) {
  if (list.length === 0) return <p className="muted">Nothing open.</p>;
  return (
    <ul className="brief-list">
      {list.map((c) => (
        <li key={c.id} className={`brief-commitment state-${c.state.replace(' ', '-')}`}>
          <span className="brief-commitment-title">{c.title}</span>
          <span className="cell-sub">
            {c.ownerName ? `${c.ownerName} · ` : ''}due {formatDay(c.dueOn)} · {c.state}
            {c.isCarriedOver && <strong className="brief-carried"> · carried over from the last meeting</strong>}
          </span>
        </li>
      ))}
    </ul>
  );
}

function Since({ brief, formatDay }: { readonly brief: MeetingBrief; readonly formatDay: FormatDay }) {
  const { since } = brief;
  const rows: [string, React.ReactNode][] = [];
  if (since.decisions.length > 0) rows.push(['Decisions', <Decisions list={since.decisions} formatDay={formatDay} />]);
  if (since.commitmentsDone.length > 0) rows.push(['Commitments done', <Commitments list={since.commitmentsDone} formatDay={formatDay} />]);
  if (since.commitmentsNew.length > 0) rows.push(['New commitments', <Commitments list={since.commitmentsNew} formatDay={formatDay} />]);
  if (since.charter.changes.length > 0) rows.push(['Charter changes', <ul className="brief-list">{since.charter.changes.map((c, i) => <li key={i}>{c.label}: {c.kind}</li>)}</ul>]);
  if (since.health.length > 0)
    rows.push(['Health', <ul className="brief-list">{since.health.map((h, i) => <li key={i}>{h.perspective === 'ours' ? 'Ours' : 'Partner’s'} {h.dimension}: {h.before === undefined ? 'first scored' : `${h.before} →`} {h.after}/5</li>)}</ul>]);
  if (since.gaps.length > 0) rows.push(['Perception gaps worth raising', <ul className="brief-list">{since.gaps.map((g) => <li key={g.dimension}>{g.dimension}: we score {g.ours}/5, the partner {g.partner}/5</li>)}</ul>]);
  const heading = since.since ? `Since the last meeting (${since.since.title}, ${formatDay(since.since.occurredOn)})` : 'Since the last meeting';
  return (
    <section className="brief-section" aria-labelledby="brief-since">
      <h3 id="brief-since">{heading}</h3>
      {!since.since && <p className="muted">Nothing to compare yet: no earlier meeting is recorded.</p>}
      {since.since && rows.length === 0 && <p className="muted">Nothing recorded since then.</p>}
      {rows.map(([title, body]) => (
        <div key={title} className="brief-subsection">
          <h4>{title}</h4>
          {body}
        </div>
      ))}
    </section>
  );
}

export function BriefDocument({ brief }: { readonly brief: MeetingBrief }) {
  const { formatDay } = useDateText();
  const { meeting } = brief;
  return (
    <div className="brief-document">
      {meeting.attendees && (
        <section className="brief-section" aria-labelledby="brief-who">
          <h3 id="brief-who">Who attends</h3>
          <p>Our side: {meeting.attendees.us.map((a) => a.name).join(', ') || <span className="muted">nobody named on the cadence</span>}</p>
          <p>{brief.partnership.partnerOrg}: {meeting.attendees.partner.map((a) => a.name).join(', ') || <span className="muted">nobody named on the cadence</span>}</p>
        </section>
      )}
      <section className="brief-section" aria-labelledby="brief-previous">
        <h3 id="brief-previous">{meeting.previous ? `The previous meeting: ${meeting.previous.title}, ${formatDay(meeting.previous.occurredOn)}` : 'The previous meeting'}</h3>
        {!meeting.previous && <p className="muted">This is the first meeting: nothing recorded before it.</p>}
        {meeting.previous && (meeting.previous.decisions.length > 0 ? <Decisions list={meeting.previous.decisions} formatDay={formatDay} /> : <p className="muted">It recorded no decisions.</p>)}
      </section>
      <Since brief={brief} formatDay={formatDay} />
      <section className="brief-section" aria-labelledby="brief-open">
        <h3 id="brief-open">Open commitments</h3>
        <div className="brief-sides">
          {OWED_BY.map((side) => (
            <div key={side} className="brief-side" role="group" aria-label={OWED_BY_LABELS[side]}>
              <h4>{OWED_BY_LABELS[side]}</h4>
              <Commitments list={brief.open[side]} formatDay={formatDay} />
            </div>
          ))}
        </div>
      </section>
      <section className="brief-section" aria-labelledby="brief-goals">
        <h3 id="brief-goals">Goals{brief.goals.version && !brief.goals.isAgreed ? ' (draft charter)' : ''}</h3>
        {brief.goals.goals.length === 0 ? (
          <p className="muted">The charter names no shared goals yet.</p>
        ) : (
          <ul className="brief-list">
            {brief.goals.goals.map((g, i) => (
              <li key={i}>
                {g.statement}
                <span className="cell-sub">
                  {[g.metric, g.target].filter(Boolean).join(': ')}
                  {g.dueBy ? ` · due ${formatDay(g.dueBy)}` : ''} · {g.timing}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
