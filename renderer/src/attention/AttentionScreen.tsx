import { useCallback, useState } from 'react';
import type { AttentionItem, AttentionReason } from '@shared/attention';
import { useDateText } from '../clock/useDateText';
import { briefHref } from '../router';
import { useToday } from '../useToday';
import { AttentionEmpty } from './AttentionEmpty';
import { AttentionList } from './AttentionList';
import { SettleOccurrenceDialog } from './SettleOccurrenceDialog';
import { SnoozeItemDialog } from './SnoozeItemDialog';
import type { AttentionAction, SettleKind } from './AttentionActions';
import { useAttention } from './useAttention';
import { useAttentionActions } from './useAttentionActions';
import './attention.css';

export function AttentionScreen() {
  const { formatDay } = useDateText();
  const today = useToday();
  const view = useAttention();
  const [reason, setReason] = useState<AttentionReason | 'all'>('all');
  const [open, setOpen] = useState<{ readonly item: AttentionItem; readonly action: SettleKind | 'snooze' }>();
  const { markDone, chase } = useAttentionActions();
  // Stable while nothing it uses changes, so the memoised rows do not re-render when a dialog opens or closes.
  const act = useCallback(
    (item: AttentionItem, action: AttentionAction) => {
      if (action === 'prepare') {
        if (item.upcoming) window.location.hash = briefHref(item.partnershipId, item.upcoming);
      } else if (action === 'done') void markDone(item);
      else if (action === 'chase') void chase(item);
      else setOpen({ item, action });
    },
    [markDone, chase],
  );
  const close = useCallback(() => setOpen(undefined), []);
  const shown = view?.items.filter((i) => reason === 'all' || i.reason === reason) ?? [];
  return (
    <section className="screen screen-wide" aria-labelledby="attention-title">
      <header className="screen-header">
        <div>
          <h1 id="attention-title">Attention</h1>
          <p className="screen-sub">
            {view ? summary(view.items.length) : 'Loading…'}
            {view && view.snoozedCount > 0 && ` · ${view.snoozedCount} snoozed`} · {formatDay(today)}
          </p>
        </div>
      </header>
      {view && view.items.length > 0 && <ReasonFilter items={view.items} value={reason} onChange={setReason} />}
      {view && shown.length > 0 && <AttentionList items={shown} onAction={act} />}
      {view && view.items.length === 0 && <AttentionEmpty hasPartnerships={view.partnershipCount > 0} />}
      {open?.action === 'snooze' && <SnoozeItemDialog item={open.item} onClose={close} />}
      {open && open.action !== 'snooze' && <SettleOccurrenceDialog item={open.item} kind={open.action} onClose={close} />}
    </section>
  );
}

function summary(count: number): string {
  return count === 0 ? 'Nothing needs you' : `${count} ${count === 1 ? 'thing needs' : 'things need'} you, most urgent first`;
}

interface FilterProps {
  readonly items: readonly AttentionItem[];
  readonly value: AttentionReason | 'all';
  readonly onChange: (reason: AttentionReason | 'all') => void;
}

function ReasonFilter({ items, value, onChange }: FilterProps) {
  const counts = new Map<AttentionReason, number>();
  for (const item of items) counts.set(item.reason, (counts.get(item.reason) ?? 0) + 1);
  return (
    <div className="chips" role="group" aria-label="Filter by reason">
      <button type="button" className="chip" aria-pressed={value === 'all'} onClick={() => onChange('all')}>
        All <span className="chip-count">{items.length}</span>
      </button>
      {[...counts].map(([reason, count]) => (
        <button key={reason} type="button" className="chip" aria-pressed={value === reason} onClick={() => onChange(reason)}>
          {reason.charAt(0).toUpperCase() + reason.slice(1)} <span className="chip-count">{count}</span>
        </button>
      ))}
    </div>
  );
}
