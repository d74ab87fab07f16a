// A small UI preference (sidebar collapsed, the Portfolio's columns) kept in localStorage:
// it belongs to this window's look, not to the user's data, so it is never backed up.
import { useCallback, useState } from 'react';

function read<T>(key: string, parse: (raw: unknown) => T | undefined): T | undefined {
  try {
    const raw = localStorage.getItem(key);
    return raw === null ? undefined : parse(JSON.parse(raw));
  } catch {
    // A value that is not JSON (or storage that is unavailable) is as good as none.
    return undefined;
  }
}

/** The stored value (undefined until the user chose one) and a setter that stores it. */
export function useStoredState<T>(key: string, parse: (raw: unknown) => T | undefined): [T | undefined, (value: T) => void] {
  const [value, setValue] = useState(() => read(key, parse));
  const store = useCallback(
    (next: T) => {
      setValue(next);
      try {
        localStorage.setItem(key, JSON.stringify(next));
      } catch {
        // Full or unavailable storage: the choice still holds until the window closes.
      }
    },
    [key],
  );
  return [value, store];
}
