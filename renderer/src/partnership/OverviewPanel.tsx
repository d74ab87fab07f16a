import { useLiveQuery } from '../../db/live';
import { rankAttention } from '@shared/attention';
import { countBySide } from '@shared/commitments';
import type { Partnership } from '@shared/domain';
import { latestChecks, overallScore } from '@shared/health';
import { latestAgreedVersion, pendingDraft } from '@shared/intentDiff';
import type { PartnershipSummary } from '@shared/portfolioSummary';
import { summarisePartnerships } from '@shared/portfolioSummary';
import { calendarCache } from '../../db/calendarCache';
import { db } from '../../db/db';
import { useSettings } from '../../db/hooks';
import { loadPartnershipSnapshot } from '../../db/partnershipSnapshot';
import { AttentionRow } from '../attention/AttentionRow';
import { useDateText } from '../clock/useDateText';
import { briefHref, routeHref } from '../router';
import { useMinute } from '../useMinute';
import { useToday } from '../useToday';
import { Fact } from './Fact';
import './overview.css';

function useOverview(partnership: Partnership) {
  const today = useToday();
  const minute = useMinute();
  const { format } = useDateText();
  const settings = useSettings();
  const interval = settings?.healthCheckIntervalDays;
  const zone = settings?.timeZone;
  return useLiveQuery(async () => {
    if (interval === undefined) return undefined;
    const now = minute;
    const snapshot = await loadPartnershipSnapshot(db, partnership);
    return {
      items: rankAttention(snapshot, { now, today, healthCheckIntervalDays: interval, dateFormat: format, cache: calendarCache(), ...(zone ? { zone } : {}) }),
      summary: summarisePartnerships(snapshot, { now, today, cache: calendarCache(), ...(zone ? { zone } : {}) }).get(partnership.id),
      counts: countBySide(snapshot.commitments, today),
      health: latestChecks(snapshot.healthChecks),
      agreed: latestAgreedVersion(snapshot.intentVersions),
      draft: pendingDraft(snapshot.intentVersions),
      today,
    };
  }, [partnership, today, minute, interval, zone, format]);
}

export function OverviewPanel({ partnership }: { readonly partnership: Partnership }) {
  const { formatDay } = useDateText();
  const view = useOverview(partnership);
  const tab = (t: string) => routeHref({ screen: 'partnership', id: partnership.id, tab: t });
  if (!view) return <p className="muted">Loading…</p>;
  const { ours, partner } = view.health;
  return (
    <div className="overview">
      <dl className="facts">
        <Fact label="Signed on" value={formatDay(partnership.signedOn)} />
        <Fact label="Term ends on" value={formatDay(partnership.termEndsOn)} />
        <Fact label="Our owner" value={partnership.owner || '—'} />
        <Fact label="Intent" value={view.agreed ? `Agreed v${view.agreed.version}${view.draft ? `, draft v${view.draft.version} open` : ''}` : view.draft ? `Draft v${view.draft.version}, never agreed` : 'Not written yet'} href={tab('intent')} />
        <Fact label="Next cadence" value={nextCadenceText(view.summary, view.today, formatDay)} href={tab('cadences')} />
        {view.summary?.nextCadence?.meeting && <Fact label="Next meeting’s brief" value={`Prepare ${view.summary.nextCadence.name}`} href={briefHref(partnership.id, view.summary.nextCadence.meeting)} />}
        <Fact label="We owe / they owe" value={`${view.counts.us.open} open (${view.counts.us.overdue} overdue) / ${view.counts.partner.open} open (${view.counts.partner.overdue} overdue)`} href={tab('commitments')} />
        <Fact label="Health, our view / theirs" value={`${ours ? overallScore(ours).toFixed(1) : '—'} / ${partner ? overallScore(partner).toFixed(1) : '—'}`} href={tab('health')} />
      </dl>
      <h2 className="section-title">Needs attention</h2>
      {view.items.length === 0 ? (
        <p className="muted">Nothing needs you on this partnership right now.</p>
      ) : (
        <ol className="attention-list">
          {view.items.map((item) => (
            <AttentionRow key={item.key} item={item} />
          ))}
        </ol>
      )}
    </div>
  );
}

/** The next meeting ahead (a flexible cadence's window may have opened already), and any past ones not recorded. */
function nextCadenceText(summary: PartnershipSummary | undefined, today: string, formatDay: (day: string) => string): string {
  const next = summary?.nextCadence;
  const unrecorded = summary?.unrecordedMeetings ?? 0;
  const when = next ? `${next.name}, ${next.dueOn < today ? `due since ${formatDay(next.dueOn)}` : formatDay(next.dueOn)}` : 'None set';
  return unrecorded > 0 ? `${when} (${unrecorded} past not recorded)` : when;
}
