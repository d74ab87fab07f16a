// "Restore from a backup…": a real file input (keyboard and screen reader reach it
// through its label), styled as a button. It hands back the validated file.
import { useState } from 'react';
import type { ChangeEvent } from 'react';
import { readBackupFile } from './readBackupFile';
import type { ChosenBackup } from './readBackupFile';
import './backups.css';

interface Props {
  readonly label: string;
  readonly onChosen: (chosen: ChosenBackup) => void;
  readonly disabled?: boolean;
  readonly isPrimary?: boolean;
}

export function BackupFilePicker({ label, onChosen, disabled = false, isPrimary = false }: Props) {
  const [isReading, setReading] = useState(false);
  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared at once, so choosing the same file again (after fixing it) fires again.
    input.value = '';
    if (!file) return;
    setReading(true);
    try {
      onChosen(await readBackupFile(file));
    } finally {
      setReading(false);
    }
  }
  const isDisabled = disabled || isReading;
  return (
    <label className={`button file-button${isPrimary ? ' button-primary' : ''}${isDisabled ? ' is-disabled' : ''}`}>
      <input type="file" className="file-input" accept=".json,application/json" onChange={choose} disabled={isDisabled} />
      <span>{isReading ? 'Checking the file…' : label}</span>
    </label>
  );
}
