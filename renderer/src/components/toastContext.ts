// What the toast provider shares: `show` for every screen, and the list with its handlers
// for the one place that draws it (the sidebar's dock, or the provider's own floating
// region where no dock is mounted, as in the print view).
import { createContext } from 'react';

export interface ToastInput {
  readonly message: string;
  readonly tone?: 'info' | 'error';
  readonly action?: { readonly label: string; readonly run: () => void | Promise<void> };
}

export interface Toast extends ToastInput {
  readonly id: number;
}

export interface ToastList {
  readonly toasts: readonly Toast[];
  readonly runAction: (toast: Toast) => void;
  readonly dismiss: (id: number) => void;
  /** A dock says it is mounted (+1) or gone (-1); while one is, the provider draws no region of its own. */
  readonly countDock: (change: 1 | -1) => void;
}

export const ShowToastContext = createContext<(toast: ToastInput) => void>(() => undefined);

export const ToastListContext = createContext<ToastList>({ toasts: [], runAction: () => undefined, dismiss: () => undefined, countDock: () => undefined });
