// A modal built on <dialog>: the browser gives it focus trapping, Escape to
// close, and an inert page behind it.
import { useEffect, useRef } from 'react';
import type { MouseEvent, ReactNode } from 'react';

interface DialogProps {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly wide?: boolean;
}

/** How long after a dialog closes its opener may still vanish with the change it saved. */
const OPENER_WATCH_MS = 2_000;

const focusMain = () => document.getElementById('main')?.focus({ preventScroll: true });
const isFocusLost = () => !document.activeElement || document.activeElement === document.body;

/**
 * Where focus goes once a dialog has gone (cancel, Escape or save): back to the control
 * that opened it, or, when that control went with the change (an empty state's button, a
 * page left behind), to the main content, so the next Tab continues there and never
 * starts again from the top of the page. Focus a save moved on purpose is left alone.
 */
export function returnFocus(opener: Element | null, dialog: HTMLElement): void {
  const active = document.activeElement;
  if (active && active !== document.body && !dialog.contains(active)) return;
  if (!(opener instanceof HTMLElement) || !opener.isConnected) return void focusMain();
  opener.focus();
  // The saved change may still remove the opener (a live query re-renders a moment later).
  const watch = new MutationObserver(() => {
    if (opener.isConnected) return;
    watch.disconnect();
    if (isFocusLost()) focusMain();
  });
  watch.observe(document.body, { childList: true, subtree: true });
  setTimeout(() => watch.disconnect(), OPENER_WATCH_MS);
}

/**
 * The rest of a double-click does nothing once what its first click pressed is gone. The
 * first click of a double-click on Save can replace the form with what follows it (a
 * meeting's recap), and the second would then land on the new content: taking focus from
 * where the dialog put it, or pressing a button that now sits under the pointer. The same
 * goes for the second click of a double-click that opened the dialog (its first pressed
 * nothing here). A double-click on anything still there (selecting a word in a field,
 * pressing "+ Add" twice) acts as always; keyboard presses (detail 0) are never held back.
 */
function useCarriedClickGuard() {
  const pressed = useRef<EventTarget | null>(null);
  const isCarried = (event: MouseEvent) => event.detail > 1 && !(pressed.current instanceof Node && pressed.current.isConnected);
  return {
    onMouseDownCapture(event: MouseEvent) {
      if (event.detail <= 1) pressed.current = event.target;
      else if (isCarried(event)) {
        event.preventDefault();
        event.stopPropagation();
      }
    },
    onClickCapture(event: MouseEvent) {
      if (!isCarried(event)) return;
      event.preventDefault();
      event.stopPropagation();
    },
  };
}

export function Dialog({ title, onClose, children, wide }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const carriedClickGuard = useCarriedClickGuard();
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement;
    if (dialog && !dialog.open) {
      dialog.showModal();
      // showModal() focuses the first focusable element (the close button); the
      // user wants to start typing in the form's first field instead.
      dialog.querySelector<HTMLElement>('.dialog-body input, .dialog-body select, .dialog-body textarea, form input, form select, form textarea')?.focus();
    }
    return () => {
      dialog?.close();
      if (dialog) returnFocus(opener, dialog);
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`dialog${wide ? ' dialog-wide' : ''}`}
      aria-labelledby="dialog-title"
      {...carriedClickGuard}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <header className="dialog-header">
        <h2 id="dialog-title">{title}</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      {children}
    </dialog>
  );
}
