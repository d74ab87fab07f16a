import { useLiveQuery } from 'dexie-react-hooks';
import { rankAttention } from '@shared/attention';
import { countBySide } from '@shared/commitments';
import type { Partnership } from '@shared/domain';
import { latestChecks, overallScore } from '@shared/health';
import { latestAgreedVersion, pendingDraft } from '@shared/intentDiff';
import { summarisePartnerships } from '@shared/portfolioSummary';
import { db } from '../../db/db';
import { useSettings } from '../../db/hooks';
import { loadPartnershipSnapshot } from '../../db/partnershipSnapshot';
import { AttentionRow } from '../attention/AttentionRow';
import { useDateText } from '../clock/useDateText';
import { routeHref } from '../router';
import { useNow } from '../clock/clockContext';
import { useToday } from '../useToday';
import { Fact } from './Fact';
import './overview.css';

function useOverview(partnership: Partnership) {
  const today = useToday();
  const clockNow = useNow();
  const { format } = useDateText();
  const interval = useSettings()?.healthCheckIntervalDays;
  return useLiveQuery(async () => {
    if (interval === undefined) return undefined;
    const now = clockNow.toISOString();
    const snapshot = await loadPartnershipSnapshot(db, partnership);
    return {
      items: rankAttention(snapshot, { now, today, healthCheckIntervalDays: interval, dateFormat: format }),
      summary: summarisePartnerships(snapshot, { now, today }).get(partnership.id),
      counts: countBySide(snapshot.commitments, today),
      health: latestChecks(snapshot.healthChecks),
      agreed: latestAgreedVersion(snapshot.intentVersions),
      draft: pendingDraft(snapshot.intentVersions),
    };
  }, [partnership, today, clockNow, interval, format]);
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
        <Fact label="Next cadence" value={view.summary?.nextCadence ? `${view.summary.nextCadence.name}, ${formatDay(view.summary.nextCadence.dueOn)}` : 'None set'} href={tab('cadences')} />
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
