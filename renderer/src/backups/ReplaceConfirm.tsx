import type { BackupSummary } from '@shared/backup/format';
import { describeCounts } from './backupLabels';
import type { SafetyCopyProps } from './SafetyCopyAndConfirm';
import { SafetyCopyAndConfirm } from './SafetyCopyAndConfirm';

interface Props extends SafetyCopyProps {
  readonly current?: BackupSummary;
}

/** Replace discards what is there: say what, keep a copy, and ask for an explicit yes. */
export function ReplaceConfirm({ current, hasFolder, safetyCopy, onSafetyCopy, isConfirmed, onConfirm }: Props) {
  return (
    <div className="restore-warning">
      <p>
        <strong>Replace deletes everything Steward holds now</strong>
        {current ? ` (${describeCounts(current)})` : ''} and puts the backup in its place.
      </p>
      <SafetyCopyAndConfirm {...{ hasFolder, safetyCopy, onSafetyCopy, isConfirmed, onConfirm }} understood="that my current data will be replaced" />
    </div>
  );
}
