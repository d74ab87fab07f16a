// The sidebar's icons: they stand for the screens when the sidebar is collapsed to a strip.
const PATHS = {
  attention: 'M12 3 2 20h20L12 3Zm0 5.5 1 6.5h-2l1-6.5Zm0 8.5a1.25 1.25 0 1 1 0 2.5 1.25 1.25 0 0 1 0-2.5Z',
  portfolio: 'M4 5h16v3H4V5Zm0 5.5h16v3H4v-3ZM4 16h16v3H4v-3Z',
  rollup: 'M4 20V10h3.5v10H4Zm6.25 0V4h3.5v16h-3.5ZM16.5 20v-7H20v7h-3.5Z',
  settings:
    'M19.4 13a7.6 7.6 0 0 0 0-2l2-1.6-2-3.4-2.4 1a7.4 7.4 0 0 0-1.7-1L15 3.5h-4l-.4 2.5a7.4 7.4 0 0 0-1.7 1l-2.4-1-2 3.4L4.6 11a7.6 7.6 0 0 0 0 2l-2 1.6 2 3.4 2.4-1a7.4 7.4 0 0 0 1.7 1l.4 2.5h4l.4-2.5a7.4 7.4 0 0 0 1.7-1l2.4 1 2-3.4-2.1-1.6ZM12 15.5a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7Z',
  collapse: 'M15 5 8 12l7 7 1.4-1.4L10.8 12l5.6-5.6L15 5Z',
  expand: 'M9 5 7.6 6.4l5.6 5.6-5.6 5.6L9 19l7-7-7-7Z',
} as const;

export type SidebarIconName = keyof typeof PATHS;

export function SidebarIcon({ name }: { readonly name: SidebarIconName }) {
  return (
    <svg className="sidebar-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path fill="currentColor" fillRule="evenodd" d={PATHS[name]} />
    </svg>
  );
}
