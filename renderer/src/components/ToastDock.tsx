// The toasts' own place in the layout: the foot of the sidebar, a column the main content
// never reaches, so a toast covers none of the page's controls whatever the window's width
// or scroll. While it is mounted the provider draws no floating region.
import { useContext, useLayoutEffect } from 'react';
import { ToastListContext } from './toastContext';
import { ToastRegion } from './ToastRegion';

export function ToastDock() {
  const { countDock } = useContext(ToastListContext);
  useLayoutEffect(() => {
    countDock(1);
    return () => countDock(-1);
  }, [countDock]);
  return <ToastRegion className="toast-dock" />;
}

/** Whether any toast is showing: the collapsed sidebar widens to hold them. */
export function useHasToasts(): boolean {
  return useContext(ToastListContext).toasts.length > 0;
}
