import { ReminderBell } from '../reminders/ReminderBell';
import type { Route } from '../router';
import { routeHref } from '../router';

const ITEMS = [
  { screen: 'attention', label: 'Attention', hint: 'What needs you now' },
  { screen: 'portfolio', label: 'Portfolio', hint: 'Every partnership' },
  { screen: 'rollup', label: 'Quarterly roll-up', hint: 'Every partnership’s quarter, for executives' },
  { screen: 'settings', label: 'Settings', hint: 'You and your reminders' },
] as const;

export function Sidebar({ route }: { readonly route: Route }) {
  const current = route.screen === 'partnership' ? 'portfolio' : route.screen;
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          S
        </span>
        Steward
      </div>
      <ReminderBell />
      <ul>
        {ITEMS.map((item) => (
          <li key={item.screen}>
            <a href={routeHref({ screen: item.screen })} aria-current={current === item.screen ? 'page' : undefined} title={item.hint}>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
