import { memo } from 'react';
import type { ReactNode } from 'react';
import type { AttentionItem } from '@shared/attention';
import { briefHref, routeHref } from '../router';
import type { SettleKind } from './UnrecordedActions';
import { UnrecordedActions } from './UnrecordedActions';

const TONE: Record<AttentionItem['reason'], 'bad' | 'warn' | 'info'> = {
  'cadence overdue': 'bad',
  'commitment overdue': 'bad',
  'health dropped': 'bad',
  'at risk': 'bad',
  renewal: 'warn',
  'cadence due soon': 'warn',
  'meeting not recorded': 'warn',
  'health check due': 'warn',
  'intent never agreed': 'info',
  'intent changed': 'info',
};

interface AttentionRowProps {
  readonly item: AttentionItem;
  /** In a virtualised list: the row's place (from 1) and the list's length, for assistive technology. */
  readonly position?: { readonly index: number; readonly of: number };
  /** Answers a "was it held?" item in place (Held, Skipped, Moved); without it the row is a link only. */
  readonly onSettle?: (item: AttentionItem, kind: SettleKind) => void;
  /** In a list grouped by partnership: the group's first item carries the group's header. */
  readonly groupHeader?: ReactNode;
}

/** One ranked item. Memoised: the ranking keeps unchanged items as the same objects, so a refresh re-renders only what changed. */
export const AttentionRow = memo(function AttentionRow({ item, position, onSettle, groupHeader }: AttentionRowProps) {
  const hasActions = Boolean((item.unrecorded && onSettle) || item.upcoming);
  return (
    <li
      className={`attention-item tone-${TONE[item.reason]}${hasActions ? ' has-actions' : ''}${groupHeader ? ' has-group-header' : ''}`}
      data-key={item.key}
      {...(position ? { 'aria-posinset': position.index, 'aria-setsize': position.of } : {})}
    >
      {groupHeader}
      <a href={routeHref({ screen: 'partnership', id: item.partnershipId, tab: item.tab })} title={`${item.title}. ${item.detail}`}>
        <span className="attention-partnership">{item.partnershipName}</span>
        <span className="attention-title">{item.title}</span>
        <span className="attention-detail">{item.detail}</span>
        <span className="attention-reason">{item.reason}</span>
      </a>
      {item.unrecorded && onSettle && <UnrecordedActions item={item} onSettle={onSettle} />}
      {item.upcoming && <PrepareAction item={item} upcoming={item.upcoming} />}
    </li>
  );
});

/** Opens the brief of the meeting an item is about (a button beside the item's link: no link inside a link). */
function PrepareAction({ item, upcoming }: { readonly item: AttentionItem; readonly upcoming: NonNullable<AttentionItem['upcoming']> }) {
  return (
    <div className="attention-actions">
      <button type="button" className="button button-small" onClick={() => (window.location.hash = briefHref(item.partnershipId, upcoming))} aria-label={`Prepare: ${item.title}`}>
        Prepare
      </button>
    </div>
  );
}
