// The charter's pointer to where its goals are measured: the Value tab holds each
// measurable goal's card (status, chart, measurements), so there is one goal UI, not two.
import type { Goal } from '@shared/domain';
import { routeHref } from '../../router';

export function GoalsOnValueTab({ partnershipId, goals }: { readonly partnershipId: string; readonly goals: readonly Goal[] }) {
  const count = goals.filter((g) => g.id && g.targetValue !== undefined).length;
  if (count === 0) return null;
  return (
    <p className="goal-rule">
      {count === 1 ? 'One goal has' : `${count} goals have`} numbers to reach:{' '}
      <a href={routeHref({ screen: 'partnership', id: partnershipId, tab: 'value' })}>record measurements and see whether {count === 1 ? 'it is' : 'they are'} on track on the Value tab</a>.
    </p>
  );
}
