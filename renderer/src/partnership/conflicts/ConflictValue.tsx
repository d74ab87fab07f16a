import { useId, useState } from 'react';
import { shortened } from '@shared/sync/fieldText';

/** One of a conflict's two values, under whose it is; a long one is cut, with a button to read it whole. */
export function ConflictValue({ owner, text, isKept }: { readonly owner: string; readonly text: string; readonly isKept: boolean }) {
  const [isWhole, setWhole] = useState(false);
  const id = useId();
  const short = shortened(text);
  return (
    <div className={isKept ? 'conflict-value conflict-value-kept' : 'conflict-value'}>
      <dt>
        {owner} {isKept ? <span className="conflict-kept-tag">kept by the merge</span> : null}
      </dt>
      <dd>
        <span id={id} className="conflict-value-text">
          {short && !isWhole ? short : text}
        </span>
        {short ? (
          <button type="button" className="button button-quiet button-small conflict-more" aria-expanded={isWhole} aria-controls={id} onClick={() => setWhole(!isWhole)}>
            {isWhole ? 'Show less' : 'Show all'}
          </button>
        ) : null}
      </dd>
    </div>
  );
}
