import type { BackupSummary } from '@shared/backup/format';
import { describeCounts } from './backupLabels';

interface Props {
  readonly current?: BackupSummary;
  readonly hasFolder: boolean;
  readonly safetyCopy: boolean;
  readonly onSafetyCopy: (value: boolean) => void;
  readonly isConfirmed: boolean;
  readonly onConfirm: (value: boolean) => void;
}

/** Replace discards what is there: say what, keep a copy, and ask for an explicit yes. */
export function ReplaceConfirm({ current, hasFolder, safetyCopy, onSafetyCopy, isConfirmed, onConfirm }: Props) {
  return (
    <div className="restore-warning">
      <p>
        <strong>Replace deletes everything Steward holds now</strong>
        {current ? ` (${describeCounts(current)})` : ''} and puts the backup in its place.
      </p>
      {hasFolder ? (
        <p>A copy of the current data is saved to the backups folder first, so you can go back.</p>
      ) : (
        <label className="check">
          <input type="checkbox" checked={safetyCopy} onChange={(e) => onSafetyCopy(e.target.checked)} /> Download a copy of the current data first
        </label>
      )}
      <label className="check">
        <input type="checkbox" checked={isConfirmed} onChange={(e) => onConfirm(e.target.checked)} /> I understand that my current data will be replaced
      </label>
    </div>
  );
}
