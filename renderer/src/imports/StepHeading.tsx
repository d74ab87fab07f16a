import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

/**
 * A wizard step's heading. A new step is a new page for a keyboard or screen-reader
 * user, so a step after the first starts them here rather than at the dialog's top.
 */
export function StepHeading({ children, isFocused }: { readonly children: ReactNode; readonly isFocused: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (isFocused) ref.current?.focus();
  }, [isFocused]);
  return (
    <h3 className="import-step-title" ref={ref} tabIndex={-1}>
      {children}
    </h3>
  );
}
