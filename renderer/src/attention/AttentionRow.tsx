import { memo } from 'react';
import type { ReactNode } from 'react';
import type { AttentionItem } from '@shared/attention';
import { routeHref } from '../router';
import type { AttentionAction } from './AttentionActions';
import { AttentionActions, actionsWidth } from './AttentionActions';

const TONE: Record<AttentionItem['reason'], 'bad' | 'warn' | 'info'> = {
  'cadence overdue': 'bad',
  'commitment overdue': 'bad',
  'health dropped': 'bad',
  'at risk': 'bad',
  renewal: 'warn',
  'cadence due soon': 'warn',
  'meeting not recorded': 'warn',
  'health check due': 'warn',
  'goal off track': 'warn',
  'goal at risk': 'info',
  'goal measurement due': 'info',
  'intent never agreed': 'info',
  'intent changed': 'info',
};

interface AttentionRowProps {
  readonly item: AttentionItem;
  /** In a virtualised list: the row's place (from 1) and the list's length, for assistive technology. */
  readonly position?: { readonly index: number; readonly of: number };
  /** Acts on the item in place (Held / Skipped / Moved, Mark done, Chase, Snooze…); without it the row is a link only. */
  readonly onAction?: (item: AttentionItem, action: AttentionAction) => void;
  /** In a list grouped by partnership: the group's first item carries the group's header. */
  readonly groupHeader?: ReactNode;
}

/** One ranked item. Memoised: the ranking keeps unchanged items as the same objects, so a refresh re-renders only what changed. */
export const AttentionRow = memo(function AttentionRow({ item, position, onAction, groupHeader }: AttentionRowProps) {
  const hasActions = Boolean(onAction);
  return (
    <li
      className={`attention-item tone-${TONE[item.reason]}${hasActions ? ' has-actions' : ''}${groupHeader ? ' has-group-header' : ''}`}
      data-key={item.key}
      {...(position ? { 'aria-posinset': position.index, 'aria-setsize': position.of } : {})}
      {...(hasActions ? { style: { '--actions-width': `${actionsWidth(item)}px` } as React.CSSProperties } : {})}
    >
      {groupHeader}
      <a href={routeHref({ screen: 'partnership', id: item.partnershipId, tab: item.tab, ...(item.goal ? { detail: item.goal.goalId } : {}) })} title={`${item.title}. ${item.detail}`}>
        <span className="attention-partnership">{item.partnershipName}</span>
        <span className="attention-title">{item.title}</span>
        <span className="attention-detail">{item.detail}</span>
        <span className="attention-reason">{item.reason}</span>
      </a>
      {onAction && <AttentionActions item={item} onAction={onAction} />}
    </li>
  );
});
