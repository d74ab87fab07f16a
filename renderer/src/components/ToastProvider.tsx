// Transient messages in the bottom-left corner, over the foot of the sidebar (never over
// the page's controls), with an optional action such as Undo. Short: 5 s, 10 s with an
// action, paused while hovered or focused; at most two (a third drops the oldest). They
// never take focus (a polite live region); Ctrl/⌘+Z runs the newest Undo, and Tab
// reaches their buttons after the page's.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { messageOf } from './failureMessage';

export interface ToastInput {
  readonly message: string;
  readonly tone?: 'info' | 'error';
  readonly action?: { readonly label: string; readonly run: () => void | Promise<void> };
}

interface Toast extends ToastInput {
  readonly id: number;
}

/** How long a toast shows; one that offers an action stays longer, to be acted on. */
export const TOAST_MS = 5_000;
export const ACTION_TOAST_MS = 10_000;
/** At most this many at once: a new one drops the oldest. */
export const MAX_TOASTS = 2;
const ToastContext = createContext<(toast: ToastInput) => void>(() => undefined);

export function useToast(): (toast: ToastInput) => void {
  return useContext(ToastContext);
}

export function ToastProvider({ children }: { readonly children: ReactNode }) {
  const [toasts, setToasts] = useState<readonly Toast[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const show = useCallback(
    (toast: ToastInput) => {
      const id = nextId.current++;
      setToasts((all) => [...all.slice(1 - MAX_TOASTS), { ...toast, id }]);
    },
    [],
  );
  const runAction = useCallback(
    (toast: Toast) => {
      dismiss(toast.id);
      void Promise.resolve(toast.action?.run()).catch((error: unknown) => show({ message: messageOf(error), tone: 'error' }));
    },
    [dismiss, show],
  );
  useUndoShortcut(toasts, runAction);
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} onAction={() => runAction(toast)} onDismiss={() => dismiss(toast.id)} />
        ))}
      </div>
    </ToastContext.Provider>
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
      <span>{toast.message}</span>
      {toast.action && (
        <button type="button" className="toast-action" onClick={onAction}>
          {toast.action.label}
        </button>
      )}
      <button type="button" className="toast-close" aria-label="Dismiss" onClick={onDismiss}>
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

function useUndoShortcut(toasts: readonly Toast[], runAction: (toast: Toast) => void) {
  useEffect(() => {
    const latestUndo = [...toasts].reverse().find((t) => t.action?.label === 'Undo');
    if (!latestUndo) return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const isEditing = target?.closest('input, textarea, select, [contenteditable]');
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && !event.shiftKey && !isEditing) {
        event.preventDefault();
        runAction(latestUndo);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toasts, runAction]);
}

// Kept here too, as every caller imports it from here; the mapping lives in failureMessage.ts.
export { messageOf } from './failureMessage';
