import type { ChangeKind } from '@shared/intentDiff';
import { diffWords, isWordLevelReadable } from '@shared/wordDiff';
import { WordChangeLine } from './WordChangeLine';

interface Props {
  readonly kind: ChangeKind;
  readonly before: string;
  readonly after: string;
}

/**
 * One change: for a text edited here and there, the text once with its changed words
 * marked; otherwise "before → after", the old text struck through, each side named for
 * screen readers.
 */
export function ChangeLine({ kind, before, after }: Props) {
  const parts = kind === 'changed' ? diffWords(before, after) : [];
  if (isWordLevelReadable(parts)) return <WordChangeLine parts={parts} />;
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
