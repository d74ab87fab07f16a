// The team connection and its status, for components: both follow their stores.
import { useSyncExternalStore } from 'react';
import type { AccessList } from '@shared/sync/protocol';
import type { SyncStatus } from '@shared/sync/status';
import type { TeamConnection } from '../../db/sync/connection';
import type { TeamState } from './teamStatus';
import { teamState } from './teamStatus';

export function useTeam(): TeamState | undefined {
  return useSyncExternalStore(teamState.subscribe, teamState.get);
}

const NO_SUBSCRIPTION = () => () => undefined;

/** The connection's status, or undefined without one. */
export function useSyncStatus(connection: TeamConnection | undefined): SyncStatus | undefined {
  return useSyncExternalStore(connection ? connection.subscribe.bind(connection) : NO_SUBSCRIPTION, () => connection?.status());
}

/** The last access list the connection read (members, who has which partnership). */
export function useAccess(connection: TeamConnection): AccessList | undefined {
  return useSyncExternalStore(connection.subscribe.bind(connection), () => connection.access());
}
