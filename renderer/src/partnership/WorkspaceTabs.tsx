import { routeHref } from '../router';
import type { WorkspaceTab } from './tabs';
import { WORKSPACE_TABS } from './tabs';

export function WorkspaceTabs({ partnershipId, current }: { readonly partnershipId: string; readonly current: WorkspaceTab }) {
  return (
    <nav className="tabs" aria-label="Partnership sections">
      {WORKSPACE_TABS.map((tab) => (
        <a key={tab.id} href={routeHref({ screen: 'partnership', id: partnershipId, tab: tab.id })} aria-current={tab.id === current ? 'page' : undefined}>
          {tab.label}
        </a>
      ))}
    </nav>
  );
}
