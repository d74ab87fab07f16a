// The ranked list, grouped under each partnership and virtualised: about a screenful of
// items in the DOM however long it is. A group's first item carries the group's header (the
// partnership's name and its count), so the list holds list items only; each item keeps
// its place in the ranking for assistive technology.
import type { AttentionItem } from '@shared/attention';
import { useWindowVirtualList } from '../components/useWindowVirtualRows';
import type { AttentionGroup } from './attentionGroups';
import { attentionLines, groupByPartnership } from './attentionGroups';
import { AttentionRow } from './AttentionRow';
import type { AttentionAction } from './AttentionActions';

/** A group header's height; an item's, the gap below it included (attention.css sets both, from these). */
const HEADER_HEIGHT = 52;
const ITEM_HEIGHT = 100;

interface Props {
  readonly items: readonly AttentionItem[];
  readonly onAction: (item: AttentionItem, action: AttentionAction) => void;
}

export function AttentionList({ items, onAction }: Props) {
  const lines = attentionLines(groupByPartnership(items));
  const [ref, rows] = useWindowVirtualList<HTMLOListElement>(lines.map((line) => (line.isFirst ? HEADER_HEIGHT + ITEM_HEIGHT : ITEM_HEIGHT)));
  const style = { paddingTop: rows.before, paddingBottom: rows.after, '--header-height': `${HEADER_HEIGHT}px`, '--row-height': `${ITEM_HEIGHT}px` } as React.CSSProperties;
  return (
    <ol ref={ref} className="attention-list is-virtual is-grouped" aria-label="Ranked by urgency" style={style}>
      {lines.slice(rows.start, rows.end).map((line) => (
        <AttentionRow key={line.item.key} item={line.item} position={{ index: line.rank, of: items.length }} groupHeader={line.isFirst ? <GroupHeader group={line.group} /> : undefined} onAction={onAction} />
      ))}
    </ol>
  );
}

/** A heading, so the groups are reachable by heading navigation; each item's link still names its partnership. */
function GroupHeader({ group }: { readonly group: AttentionGroup }) {
  const count = group.items.length;
  return (
    <h2 className="attention-group-header">
      <span className="attention-group-name">{group.partnershipName}</span>
      <span className="attention-group-count">
        {count} {count === 1 ? 'item' : 'items'}
      </span>
    </h2>
  );
}
