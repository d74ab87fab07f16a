// The Value tab: the current charter's measurable goals with their actuals, the joint
// pipeline in the reporting currency, and value events.
import type { Partnership } from '@shared/domain';
import { intentOverview } from '@shared/intentView';
import { routeHref } from '../../router';
import { useToday } from '../../useToday';
import { useIntentVersions } from '../intent/useIntentVersions';
import { GoalProgress } from './GoalProgress';
import { PipelineSection } from './PipelineSection';
import { useValueData } from './useValueData';
import { ValueEventsSection } from './ValueEventsSection';
import './value.css';

/** `goalId`: a goal to bring into view (an Attention item's link, `#/partnerships/<id>/value/<goalId>`). */
export function ValuePanel({ partnership, goalId }: { readonly partnership: Partnership; readonly goalId?: string }) {
  const versions = useIntentVersions(partnership.id);
  const data = useValueData(partnership.id);
  const today = useToday();
  if (!versions || !data) return <p className="muted">Loading…</p>;
  const goals = intentOverview(versions).current?.goals ?? [];
  const hasMeasurable = goals.some((g) => g.id && g.targetValue !== undefined);
  return (
    <div className="value-panel">
      {hasMeasurable ? (
        <GoalProgress partnershipId={partnership.id} goals={goals} canEdit={!partnership.deletedAt} focusGoalId={goalId} />
      ) : (
        <section className="value-section" aria-labelledby="goal-progress-title">
          <h2 id="goal-progress-title">Goals and their actuals</h2>
          <div className="empty value-empty">
            <p>No measurable goals yet. On the Intent tab, give a goal a unit and a value to reach; then record its measurements here and see whether it is on track.</p>
            <a className="button" href={routeHref({ screen: 'partnership', id: partnership.id, tab: 'intent' })}>
              Open the Intent tab
            </a>
          </div>
        </section>
      )}
      <PipelineSection partnership={partnership} data={data} today={today} />
      <ValueEventsSection partnership={partnership} data={data} today={today} />
    </div>
  );
}
