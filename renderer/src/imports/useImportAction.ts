// Confirming an import: one all-or-nothing write, then a toast with the count and an
// Undo that soft-deletes what was imported (partnerships go to Archived).
import { useState } from 'react';
import type { ImportKind } from '@shared/imports/fields';
import { KIND_LABELS } from '@shared/imports/fields';
import { appContext } from '../../db/db';
import type { ImportRequest } from '../../db/imports';
import { ImportRejectedError, importCsv, undoImport } from '../../db/imports';
import { useToast } from '../components/ToastProvider';
import { failureMessage } from '../components/failureMessage';

export function countOf(kind: ImportKind, count: number): string {
  return `${count.toLocaleString()} ${count === 1 ? KIND_LABELS[kind].singular : KIND_LABELS[kind].plural}`;
}

export function useImportAction(onDone: () => void) {
  const toast = useToast();
  const [isImporting, setImporting] = useState(false);
  const [failure, setFailure] = useState<string>();

  async function run(request: ImportRequest) {
    setImporting(true);
    setFailure(undefined);
    try {
      const result = await importCsv(appContext, request);
      onDone();
      const what = countOf(result.kind, result.ids.length);
      const undo = async () => {
        // Thousands of rows take seconds to remove: say so rather than seem to ignore the click.
        if (result.ids.length > 500) toast({ message: `Removing the ${what} just imported…` });
        await undoImport(appContext, result);
        toast({ message: result.kind === 'partnerships' ? `Archived the ${what} just imported.` : `Removed the ${what} just imported.` });
      };
      toast({ message: `Imported ${what} from “${request.fileName}”.`, action: { label: 'Undo', run: undo } });
    } catch (error) {
      // A rejection means the data changed since the preview was built; the live preview now shows why.
      setFailure(error instanceof ImportRejectedError ? `${error.message} The rows below show why.` : failureMessage('Nothing was imported', error));
      setImporting(false);
    }
  }

  return { run, isImporting, failure };
}
