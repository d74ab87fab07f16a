// A small line icon per touchpoint kind; decorative, the kind is also written out beside it.
import type { TouchpointKind } from '@shared/domain';

const PATHS: Record<TouchpointKind, string> = {
  meeting: 'M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm-6 9c0-3.3 2.7-6 6-6s6 2.7 6 6M17 11a2.5 2.5 0 1 0 0-5M18 14.5c1.8.8 3 2.6 3 4.5',
  call: 'M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2z',
  email: 'M3 6h18v12H3zM3 7l9 6 9-6',
  'partner update': 'M4 10v4h3l6 4V6L7 10H4zM17 9a4 4 0 0 1 0 6M19.5 6.5a8 8 0 0 1 0 11',
};

export function KindIcon({ kind }: { readonly kind: TouchpointKind }) {
  return (
    <span className={`rhythm-kind rhythm-kind-${kind.replace(' ', '-')}`} aria-hidden="true">
      <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
        <path d={PATHS[kind]} />
      </svg>
    </span>
  );
}
