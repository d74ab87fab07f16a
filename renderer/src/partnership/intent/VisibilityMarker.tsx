import type { Visibility } from '@shared/domain';

const TITLES = {
  shared: 'Shared: may appear in what you send the partner.',
  internal: 'Internal: never leaves your organisation, not even in partner exports.',
} as const satisfies Record<Visibility, string>;

/** "Shared" or a locked "Internal" badge, so nobody mistakes what the partner will see. */
export function VisibilityMarker({ visibility }: { readonly visibility: Visibility }) {
  return (
    <span className={`intent-visibility intent-visibility-${visibility}`} title={TITLES[visibility]}>
      {visibility === 'internal' && <LockIcon />}
      {visibility === 'internal' ? 'Internal' : 'Shared'}
    </span>
  );
}

function LockIcon() {
  return (
    <svg className="intent-lock" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M8 1a3.5 3.5 0 0 0-3.5 3.5V6H4a1 1 0 0 0-1 1v7a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V7a1 1 0 0 0-1-1h-.5V4.5A3.5 3.5 0 0 0 8 1Zm-2 5V4.5a2 2 0 1 1 4 0V6H6Z"
      />
    </svg>
  );
}
