// Transient messages with an optional action such as Undo. They live in a place of their
// own: the sidebar's foot (ToastDock), which the main content never reaches, so they cover
// none of its controls at any width or scroll; where no dock is mounted (the print view)
// the provider floats them bottom-left. At most two (a third drops the oldest), 5 s, 10 s
// with an action (ToastRegion). They never take focus (a polite live region); Ctrl/⌘+Z
// runs the newest Undo, and Tab reaches their buttons right after the sidebar's links.
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { messageOf } from './failureMessage';
import type { Toast, ToastInput, ToastList } from './toastContext';
import { ShowToastContext, ToastListContext } from './toastContext';
import { ToastRegion } from './ToastRegion';

export type { ToastInput } from './toastContext';
export { ACTION_TOAST_MS, TOAST_MS } from './ToastRegion';
/** At most this many at once: a new one drops the oldest. */
export const MAX_TOASTS = 2;

export function useToast(): (toast: ToastInput) => void {
  return useContext(ShowToastContext);
}

export function ToastProvider({ children }: { readonly children: ReactNode }) {
  const [toasts, setToasts] = useState<readonly Toast[]>([]);
  const [docks, setDocks] = useState(0);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const show = useCallback((toast: ToastInput) => {
    const id = nextId.current++;
    setToasts((all) => [...all.slice(1 - MAX_TOASTS), { ...toast, id }]);
  }, []);
  const runAction = useCallback(
    (toast: Toast) => {
      dismiss(toast.id);
      void Promise.resolve(toast.action?.run()).catch((error: unknown) => show({ message: messageOf(error), tone: 'error' }));
    },
    [dismiss, show],
  );
  const countDock = useCallback((change: 1 | -1) => setDocks((n) => n + change), []);
  useUndoShortcut(toasts, runAction);
  const list = useMemo<ToastList>(() => ({ toasts, runAction, dismiss, countDock }), [toasts, runAction, dismiss, countDock]);
  return (
    <ShowToastContext.Provider value={show}>
      <ToastListContext.Provider value={list}>
        {children}
        {docks === 0 && <ToastRegion className="is-floating" />}
      </ToastListContext.Provider>
    </ShowToastContext.Provider>
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
