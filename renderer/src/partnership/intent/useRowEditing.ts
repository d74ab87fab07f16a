import { useRef, useState } from 'react';
import { newId } from '../../../db/ids';
import { removeRow, updateRow } from '@shared/intentView';

/**
 * Add, change and remove rows of a repeatable list (goals, tradeoffs) with keyboard
 * users in mind: a new row's first field takes focus (it renders with autoFocus when its
 * key is `addedKey`), and removing a row returns focus to the Add button.
 */
export function useRowEditing<R extends { readonly key: string }>(rows: readonly R[], onChange: (rows: readonly R[]) => void, emptyRow: (key: string) => R) {
  const addButton = useRef<HTMLButtonElement>(null);
  const [addedKey, setAddedKey] = useState<string>();
  const add = () => {
    const row = emptyRow(newId());
    setAddedKey(row.key);
    onChange([...rows, row]);
  };
  const remove = (index: number) => {
    onChange(removeRow(rows, index));
    addButton.current?.focus();
  };
  const patch = (index: number, fields: Partial<Omit<R, 'key'>>) => onChange(updateRow(rows, index, fields));
  return { addButton, addedKey, add, remove, patch };
}
