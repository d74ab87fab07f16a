// Transient messages at the bottom of the window, with an optional action such
// as Undo. Ctrl/⌘+Z runs the newest Undo while its toast is showing.
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

const TOAST_MS = 10_000;
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
      setToasts((all) => [...all.slice(-2), { ...toast, id }]);
      setTimeout(() => dismiss(id), TOAST_MS);
    },
    [dismiss],
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
          <div key={toast.id} className={`toast toast-${toast.tone ?? 'info'}`}>
            <span>{toast.message}</span>
            {toast.action && (
              <button type="button" className="toast-action" onClick={() => runAction(toast)}>
                {toast.action.label}
              </button>
            )}
            <button type="button" className="toast-close" aria-label="Dismiss" onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
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
