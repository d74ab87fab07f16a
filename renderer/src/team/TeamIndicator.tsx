// The shell's team sync status: only when this machine joined a team. A link to Settings →
// Team, named by its text ("Team sync: Offline (3 changes waiting)"), so a keyboard or screen
// reader user reaches and hears it like any other link; the colour only repeats the words.
import { describeStatus } from '@shared/sync/status';
import { routeHref } from '../router';
import { useSyncStatus, useTeam } from './useTeam';
import './team.css';

export function TeamIndicator() {
  const team = useTeam();
  const status = useSyncStatus(team?.connection);
  if (!team || !status) return null;
  const text = describeStatus(status);
  return (
    <a className={`team-indicator is-${status.kind}`} href={`${routeHref({ screen: 'settings' })}`} title={`Team sync: ${text}`} aria-label={`Team sync: ${text}`}>
      <span className="team-dot" aria-hidden="true" />
      <span className="sidebar-label team-indicator-text" aria-hidden="true">
        {text}
      </span>
    </a>
  );
}
