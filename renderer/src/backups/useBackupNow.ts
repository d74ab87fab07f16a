// "Back up now…": the whole database as one JSON file, saved where the user chooses
// (a download in a browser); in the desktop app a copy also goes to the backups folder.
import { useState } from 'react';
import { manualBackupName } from '@shared/backup/autoBackupName';
import { exportBackup } from '../../db/backup';
import { appContext } from '../../db/db';
import { useToast } from '../components/ToastProvider';
import { usePlatform } from '../platform/PlatformContext';
import { useToday } from '../useToday';
import { writeToBackupFolder } from './autoBackup';
import { BACKUP_FILTERS } from './restoreActions';
import { failureMessage } from '../components/failureMessage';

export function useBackupNow(): { readonly backUp: () => Promise<void>; readonly isBusy: boolean } {
  const platform = usePlatform();
  const toast = useToast();
  const today = useToday();
  const [isBusy, setBusy] = useState(false);

  async function backUp() {
    setBusy(true);
    try {
      const info = await platform.getInfo();
      const content = await exportBackup(appContext, { name: info.name, version: info.version });
      const saved = await platform.saveFile({ suggestedName: manualBackupName(today), content, mimeType: 'application/json', filters: BACKUP_FILTERS });
      if (!saved.saved) return;
      let copy = '';
      if (platform.backups) {
        await writeToBackupFolder(platform.backups, content);
        copy = ' A copy is in the backups folder.';
      }
      toast({ message: `Backup saved to ${saved.path}.${copy}` });
    } catch (error) {
      toast({ message: failureMessage('Could not back up', error), tone: 'error' });
    } finally {
      setBusy(false);
    }
  }
  return { backUp, isBusy };
}
