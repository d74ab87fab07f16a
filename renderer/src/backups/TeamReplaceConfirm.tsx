import type { BackupSummary } from '@shared/backup/format';
import { describeCounts } from './backupLabels';

interface Props {
  readonly inBackup: BackupSummary;
  readonly hasFolder: boolean;
  readonly safetyCopy: boolean;
  readonly onSafetyCopy: (value: boolean) => void;
  readonly isConfirmed: boolean;
  readonly onConfirm: (value: boolean) => void;
}

/** Replacing the team's copy reaches every member's machine: say what happens there, keep a copy, ask for an explicit yes. */
export function TeamReplaceConfirm({ inBackup, hasFolder, safetyCopy, onSafetyCopy, isConfirmed, onConfirm }: Props) {
  return (
    <div className="restore-warning">
      <p>
        <strong>This changes the portfolio on every member’s machine</strong> at their next sync, not only here:
      </p>
      <ul>
        <li>every record the backup holds ({describeCounts(inBackup)}) goes back to the backup’s version, undoing the team’s later edits to it;</li>
        <li>every record the backup does not hold is deleted, for everyone;</li>
        <li>the activity log keeps all its entries, and says you restored the backup.</li>
      </ul>
      {hasFolder ? (
        <p>A copy of the current data is saved to the backups folder first, so you can go back.</p>
      ) : (
        <label className="check">
          <input type="checkbox" checked={safetyCopy} onChange={(e) => onSafetyCopy(e.target.checked)} /> Download a copy of the current data first
        </label>
      )}
      <label className="check">
        <input type="checkbox" checked={isConfirmed} onChange={(e) => onConfirm(e.target.checked)} /> I understand that the team’s copy will be replaced on every member’s machine
      </label>
    </div>
  );
}
