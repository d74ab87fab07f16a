// The toasts themselves, in a polite live region: a message, an optional action (Undo) and
// a close button each. Shown for 5 s, 10 s with an action, not counting the time a toast is
// hovered or focused. The region never takes focus; its buttons are reached with Tab.
import { useContext, useEffect, useRef, useState } from 'react';
import type { Toast } from './toastContext';
import { ToastListContext } from './toastContext';

/** How long a toast shows; one that offers an action stays longer, to be acted on. */
export const TOAST_MS = 5_000;
export const ACTION_TOAST_MS = 10_000;

export function ToastRegion({ className }: { readonly className: string }) {
  const { toasts, runAction, dismiss } = useContext(ToastListContext);
  return (
    <div className={`toasts ${className}`} role="status" aria-live="polite">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} onAction={() => runAction(toast)} onDismiss={() => dismiss(toast.id)} />
      ))}
    </div>
  );
}

interface ItemProps {
  readonly toast: Toast;
  readonly onAction: () => void;
  readonly onDismiss: () => void;
}

function ToastItem({ toast, onAction, onDismiss }: ItemProps) {
  const [isHeld, setHeld] = useState(false);
  useDismissAfter(toast.action ? ACTION_TOAST_MS : TOAST_MS, isHeld, onDismiss);
  const hold = () => setHeld(true);
  const release = () => setHeld(false);
  return (
    <div
      className={`toast toast-${toast.tone ?? 'info'}`}
      onMouseEnter={hold}
      onMouseLeave={release}
      onFocus={hold}
      onBlur={(event) => !event.currentTarget.contains(event.relatedTarget) && release()}
    >
      <span className="toast-message">{toast.message}</span>
      {toast.action && (
        <button type="button" className="toast-action" onClick={onAction}>
          {toast.action.label}
        </button>
      )}
      <button type="button" className="toast-close" aria-label="Dismiss" title="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}

/** Calls `onDone` after `ms` of showing, not counting the time it is held (hovered or focused). */
function useDismissAfter(ms: number, isHeld: boolean, onDone: () => void) {
  const remaining = useRef(ms);
  const done = useRef(onDone);
  useEffect(() => {
    done.current = onDone;
  });
  useEffect(() => {
    if (isHeld) return;
    const started = Date.now();
    const timer = setTimeout(() => done.current(), remaining.current);
    return () => {
      clearTimeout(timer);
      remaining.current = Math.max(0, remaining.current - (Date.now() - started));
    };
  }, [isHeld]);
}
