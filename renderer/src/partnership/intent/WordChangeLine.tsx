// A changed text with only its changed words marked: removed words struck through, added
// ones highlighted, each named for screen readers; the rest reads as the text itself.
import type { WordPart } from '@shared/wordDiff';

export function WordChangeLine({ parts }: { readonly parts: readonly WordPart[] }) {
  return (
    <span className="intent-change-line intent-change-words">
      {parts.map((part, index) => {
        // Parts have no identity beyond their place in the text.
        if (part.kind === 'same') return <span key={index}>{part.text}</span>;
        if (part.kind === 'removed')
          return (
            <del key={index}>
              <span className="visually-hidden">[deleted: </span>
              {part.text}
              <span className="visually-hidden">]</span>
            </del>
          );
        return (
          <ins key={index}>
            <span className="visually-hidden">[inserted: </span>
            {part.text}
            <span className="visually-hidden">]</span>
          </ins>
        );
      })}
    </span>
  );
}
