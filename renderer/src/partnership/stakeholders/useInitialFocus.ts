import { useEffect, useRef } from 'react';

/**
 * Focuses an element once the surrounding <dialog> is open. React's autoFocus runs
 * before Dialog's effect calls showModal(), which then moves focus to the dialog's
 * first control (its Close button); a microtask runs after every effect of the commit.
 */
export function useInitialFocus<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    queueMicrotask(() => ref.current?.focus());
  }, []);
  return ref;
}
