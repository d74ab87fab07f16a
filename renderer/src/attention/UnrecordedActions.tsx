// The answers to a "was it held?" item, beside its link so the row keeps its fixed height:
// Held opens the meeting log prefilled for that occurrence, Skipped and Moved the mark dialog.
import type { AttentionItem } from '@shared/attention';

export type SettleKind = 'record' | 'hold' | 'skip' | 'move';

interface Props {
  readonly item: AttentionItem;
  readonly onSettle: (item: AttentionItem, kind: SettleKind) => void;
}

const ANSWERS: readonly { readonly kind: SettleKind; readonly label: string }[] = [
  { kind: 'hold', label: 'Held' },
  { kind: 'skip', label: 'Skipped' },
  { kind: 'move', label: 'Moved' },
];

export function UnrecordedActions({ item, onSettle }: Props) {
  return (
    <div className="attention-actions" role="group" aria-label={`Answer: ${item.title}`}>
      {ANSWERS.map(({ kind, label }) => (
        <button key={kind} type="button" className={`button button-small${kind === 'hold' ? ' button-primary' : ''}`} onClick={() => onSettle(item, kind)}>
          {label}
        </button>
      ))}
    </div>
  );
}
