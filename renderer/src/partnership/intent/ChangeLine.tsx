import type { ChangeKind } from '@shared/intentDiff';

interface Props {
  readonly kind: ChangeKind;
  readonly before: string;
  readonly after: string;
}

/** One change as "before → after", the old text struck through; each side named for screen readers. */
export function ChangeLine({ kind, before, after }: Props) {
  return (
    <span className="intent-change-line">
      {kind !== 'added' && (
        <del>
          <span className="visually-hidden">Before: </span>
          {before}
        </del>
      )}
      {kind === 'changed' && (
        <span className="intent-arrow" aria-hidden="true">
          →
        </span>
      )}
      {kind !== 'removed' && (
        <ins>
          <span className="visually-hidden">{kind === 'added' ? 'Added: ' : 'After: '}</span>
          {after}
        </ins>
      )}
    </span>
  );
}
