import { ReminderBell } from '../reminders/ReminderBell';
import { TeamIndicator } from '../team/TeamIndicator';
import type { Route } from '../router';
import { routeHref } from '../router';
import { SidebarIcon } from './SidebarIcon';
import { ToastDock, useHasToasts } from './ToastDock';
import { useMediaQuery } from './useMediaQuery';
import { useStoredState } from './useStoredState';

const ITEMS = [
  { screen: 'attention', label: 'Attention', hint: 'What needs you now' },
  { screen: 'portfolio', label: 'Portfolio', hint: 'Every partnership' },
  { screen: 'rollup', label: 'Quarterly roll-up', hint: 'Every partnership’s quarter, for executives' },
  { screen: 'settings', label: 'Settings', hint: 'You and your reminders' },
] as const;

/** Below this width the sidebar starts as a strip of icons, unless the user chose otherwise. */
const NARROW = '(max-width: 1199px)';

const parseCollapsed = (raw: unknown) => (typeof raw === 'boolean' ? raw : undefined);

export function Sidebar({ route }: { readonly route: Route }) {
  const current = route.screen === 'partnership' ? 'portfolio' : route.screen;
  const isNarrow = useMediaQuery(NARROW);
  const [chosen, setChosen] = useStoredState('steward.sidebarCollapsed', parseCollapsed);
  const isCollapsed = chosen ?? isNarrow;
  // Collapsed, the strip widens while a toast shows: toasts keep a column of their own, out of the main content's way.
  const hasToasts = useHasToasts();
  return (
    <div className={`sidebar${isCollapsed ? ' is-collapsed' : ''}${hasToasts ? ' has-toasts' : ''}`}>
      <nav className="sidebar-nav" aria-label="Main">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            S
          </span>
          <span className="sidebar-label">Steward</span>
        </div>
        <ReminderBell />
        <TeamIndicator />
        <ul>
          {ITEMS.map((item) => (
            <li key={item.screen}>
              {/* Collapsed, the label is visually hidden but still names the link; the tooltip shows it. */}
              <a href={routeHref({ screen: item.screen })} aria-current={current === item.screen ? 'page' : undefined} title={isCollapsed ? `${item.label}: ${item.hint}` : item.hint}>
                <SidebarIcon name={item.screen} />
                <span className="sidebar-label">{item.label}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <ToastDock />
      <button
        type="button"
        className="sidebar-toggle"
        aria-label={isCollapsed ? 'Expand the sidebar' : 'Collapse the sidebar'}
        title={isCollapsed ? 'Expand the sidebar' : 'Collapse the sidebar'}
        onClick={() => setChosen(!isCollapsed)}
      >
        <SidebarIcon name={isCollapsed ? 'expand' : 'collapse'} />
        <span className="sidebar-label" aria-hidden="true">
          Collapse
        </span>
      </button>
    </div>
  );
}
