import { useEffect } from 'react';
import type { RefObject } from 'react';
import type { FieldErrors } from '@shared/domain';

/** After a failed submit, moves keyboard focus to the first field with an error. */
export function useFocusFirstError(form: RefObject<HTMLFormElement | null>, errors: FieldErrors): void {
  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, errors]);
}
