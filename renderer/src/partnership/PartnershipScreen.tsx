import type { Partnership, PartnershipId } from '@shared/domain';
import { usePartnership } from '../../db/hooks';
import { routeHref } from '../router';
import { ActivityPanel } from './ActivityPanel';
import { AuthorsProvider } from './authors/AuthorsProvider';
import { BriefScreen } from './brief/BriefScreen';
import { CommitmentsPanel } from './commitments/CommitmentsPanel';
import { HealthPanel } from './health/HealthPanel';
import { IntentPanel } from './intent/IntentPanel';
import { OverviewPanel } from './OverviewPanel';
import { PartnershipHeader } from './PartnershipHeader';
import { ReviewPanel } from './review/ReviewPanel';
import { CadencesPanel } from './rhythm/CadencesPanel';
import { TouchpointsPanel } from './rhythm/TouchpointsPanel';
import { StakeholdersPanel } from './stakeholders/StakeholdersPanel';
import type { WorkspaceTab } from './tabs';
import { WORKSPACE_TABS, asWorkspaceTab } from './tabs';
import { ValuePanel } from './value/ValuePanel';
import { WorkspaceTabs } from './WorkspaceTabs';

/** `detail` is the rest of the route after the tab, e.g. the Review tab's quarter. */
export function PartnershipScreen({ id, tab, detail }: { readonly id: PartnershipId; readonly tab: string; readonly detail?: string }) {
  const partnership = usePartnership(id);
  const current = asWorkspaceTab(tab);
  if (partnership === undefined) return <p className="screen muted">Loading…</p>;
  if (partnership === null || partnership.deletedAt) return <NotInPortfolio />;
  if (tab === 'brief')
    return (
      <AuthorsProvider partnershipId={partnership.id}>
        <section className="screen screen-wide workspace" aria-labelledby="partnership-title">
          <PartnershipHeader partnership={partnership} />
          <BriefScreen partnership={partnership} detail={detail} />
        </section>
      </AuthorsProvider>
    );
  const label = WORKSPACE_TABS.find((t) => t.id === current)?.label ?? '';
  return (
    <AuthorsProvider partnershipId={partnership.id}>
      <section className="screen screen-wide workspace" aria-labelledby="partnership-title">
        <PartnershipHeader partnership={partnership} />
        <WorkspaceTabs partnershipId={partnership.id} current={current} />
        <div className="tab-panel" role="region" aria-label={label}>
          <Panel tab={current} partnership={partnership} detail={detail} />
        </div>
      </section>
    </AuthorsProvider>
  );
}

function Panel({ tab, partnership, detail }: { readonly tab: WorkspaceTab; readonly partnership: Partnership; readonly detail?: string }) {
  switch (tab) {
    case 'intent':
      return <IntentPanel partnership={partnership} />;
    case 'stakeholders':
      return <StakeholdersPanel partnership={partnership} />;
    case 'cadences':
      return <CadencesPanel partnership={partnership} />;
    case 'touchpoints':
      return <TouchpointsPanel partnership={partnership} />;
    case 'commitments':
      return <CommitmentsPanel partnership={partnership} />;
    case 'health':
      return <HealthPanel partnership={partnership} />;
    case 'value':
      return <ValuePanel partnership={partnership} goalId={detail} />;
    case 'activity':
      return <ActivityPanel partnershipId={partnership.id} />;
    case 'review':
      return <ReviewPanel partnership={partnership} quarter={detail} />;
    default:
      return <OverviewPanel partnership={partnership} />;
  }
}

function NotInPortfolio() {
  return (
    <section className="screen">
      <div className="empty">
        <h2>This partnership is not in your portfolio</h2>
        <p>It may have been archived. Archived partnerships can be restored from the portfolio.</p>
        <a className="button" href={routeHref({ screen: 'portfolio' })}>
          Back to the portfolio
        </a>
      </div>
    </section>
  );
}
