import { useLayoutEffect, useRef, useState } from 'react';

/** An element's content width, kept up to date as the window (or anything else) resizes it. */
export function useElementWidth<E extends HTMLElement>(): [React.RefObject<E | null>, number | undefined] {
  const ref = useRef<E>(null);
  const [width, setWidth] = useState<number>();
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
