export const WORKSPACE_TABS = [
  { id: 'overview', label: 'Overview' },
  { id: 'intent', label: 'Intent' },
  { id: 'stakeholders', label: 'Stakeholders' },
  { id: 'cadences', label: 'Cadences' },
  { id: 'touchpoints', label: 'Touchpoints' },
  { id: 'commitments', label: 'Commitments' },
  { id: 'health', label: 'Health' },
  { id: 'value', label: 'Value' },
  { id: 'review', label: 'Review' },
  { id: 'activity', label: 'Activity' },
] as const;

export type WorkspaceTab = (typeof WORKSPACE_TABS)[number]['id'];

export function asWorkspaceTab(tab: string): WorkspaceTab {
  return WORKSPACE_TABS.some((t) => t.id === tab) ? (tab as WorkspaceTab) : 'overview';
}
