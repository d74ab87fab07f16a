// What can be done about an Attention item, beside its link (no button inside a link), so
// the row keeps its fixed height: a meeting coming due is prepared (its brief); a meeting nobody recorded is answered Held (which opens
// "Record this meeting"), Skipped or Moved; an overdue commitment is marked done, and one the
// partner owes can be chased (a polite reminder copied for an email); anything can be
// snoozed until a chosen day.
import type { AttentionItem } from '@shared/attention';

/** Answers to "was it held?": record it (the meeting log), hold it as it is, skip it or move it. */
export type SettleKind = 'record' | 'hold' | 'skip' | 'move';
export type AttentionAction = SettleKind | 'prepare' | 'done' | 'chase' | 'snooze';

interface ActionButton {
  readonly action: AttentionAction;
  readonly label: string;
  readonly isPrimary?: boolean;
}

const SNOOZE: ActionButton = { action: 'snooze', label: 'Snooze…' };

/** The buttons an item offers, most likely first. */
export function actionsOf(item: AttentionItem): readonly ActionButton[] {
  if (item.unrecorded) {
    return [{ action: 'record', label: 'Held', isPrimary: true }, { action: 'skip', label: 'Skipped' }, { action: 'move', label: 'Moved' }, SNOOZE];
  }
  if (item.upcoming) return [{ action: 'prepare', label: 'Prepare', isPrimary: true }, SNOOZE];
  if (item.commitment?.owedBy === 'partner') return [{ action: 'chase', label: 'Chase', isPrimary: true }, { action: 'done', label: 'Mark done' }, SNOOZE];
  if (item.commitment) return [{ action: 'done', label: 'Mark done', isPrimary: true }, SNOOZE];
  return [SNOOZE];
}

/** Room the buttons take on the card's right edge (about a small button's width per label), for the link to leave free. */
export function actionsWidth(item: AttentionItem): number {
  const buttons = actionsOf(item);
  return Math.round(buttons.reduce((sum, b) => sum + b.label.length * 7.6 + 24, 0) + (buttons.length - 1) * 6 + 28);
}

interface Props {
  readonly item: AttentionItem;
  readonly onAction: (item: AttentionItem, action: AttentionAction) => void;
}

export function AttentionActions({ item, onAction }: Props) {
  return (
    <div className="attention-actions" role="group" aria-label={`Actions: ${item.title}`}>
      {actionsOf(item).map(({ action, label, isPrimary }) => (
        <button key={action} type="button" className={`button button-small${isPrimary ? ' button-primary' : ''}`} onClick={() => onAction(item, action)}>
          {label}
        </button>
      ))}
    </div>
  );
}
