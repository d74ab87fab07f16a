import { useContext } from 'react';
import type { SyncedTable } from '@shared/sync/fields';
import { useDateText } from '../../clock/useDateText';
import { AuthorsContext } from './authorsContext';
import './authors.css';

/** "Last changed by Bob · 6 Dec 2026, 10:04" for a record of a team's partnership; nothing without a team. */
export function LastChanged({ table, id, updatedAt, className }: { readonly table: SyncedTable; readonly id: string; readonly updatedAt: string; readonly className?: string }) {
  const authorOf = useContext(AuthorsContext);
  const { formatInstant } = useDateText();
  const author = authorOf?.(table, id);
  if (author === undefined) return null;
  return (
    <span className={className ? `last-changed ${className}` : 'last-changed'}>
      Last changed by {author} · <time dateTime={updatedAt}>{formatInstant(updatedAt)}</time>
    </span>
  );
}
