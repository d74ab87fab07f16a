import { useId } from 'react';
import type { ValueWriters } from '@shared/sync/fieldText';
import type { ConflictView } from '../../../db/sync/conflicts';
import { ConflictActions } from './ConflictActions';
import { ConflictValue } from './ConflictValue';
import { conflictWords } from './conflictWords';
import { useConflictActions } from './useConflictActions';

/** One field two machines changed: which, who and when, both values, and what can be done. */
export function ConflictCard({ view, writers }: { readonly view: ConflictView; readonly writers: ValueWriters }) {
  const run = useConflictActions();
  const titleId = useId();
  const words = conflictWords(view.conflict, view.record, writers);
  return (
    <li className={`conflict conflict-${words.state.replace(' ', '-')}`} aria-labelledby={titleId}>
      <h3 className="conflict-title" id={titleId}>
        {words.field} <span className="conflict-of">of</span> {words.record}
      </h3>
      <p className="conflict-sentence">{words.sentence}</p>
      <dl className="conflict-values">
        <ConflictValue owner={words.kept.owner} text={words.kept.text} isKept />
        <ConflictValue owner={words.other.owner} text={words.other.text} isKept={false} />
      </dl>
      {words.since !== undefined ? <p className="conflict-since">Changed again since: {words.since}</p> : null}
      <ConflictActions words={words} run={(action) => run(action, view.conflict.id)} />
    </li>
  );
}
