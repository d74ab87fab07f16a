import type { BackupSummary } from '@shared/backup/format';
import { describeCounts } from './backupLabels';
import type { SafetyCopyProps } from './SafetyCopyAndConfirm';
import { SafetyCopyAndConfirm } from './SafetyCopyAndConfirm';

interface Props extends SafetyCopyProps {
  readonly inBackup: BackupSummary;
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
      <SafetyCopyAndConfirm {...{ hasFolder, safetyCopy, onSafetyCopy, isConfirmed, onConfirm }} understood="that the team’s copy will be replaced on every member’s machine" />
    </div>
  );
}
