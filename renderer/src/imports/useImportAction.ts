// Confirming an import: one all-or-nothing write, then a toast with the count and an
// Undo that soft-deletes what was imported (partnerships go to Archived) and puts the
// opportunities a re-import changed back as they were.
import { useState } from 'react';
import type { ImportKind } from '@shared/imports/fields';
import { KIND_LABELS } from '@shared/imports/fields';
import { appContext } from '../../db/db';
import type { ImportRequest, ImportResult } from '../../db/imports';
import { ImportRejectedError, importCsv, undoImport } from '../../db/imports';
import { useToast } from '../components/ToastProvider';
import { failureMessage } from '../components/failureMessage';

export function countOf(kind: ImportKind, count: number): string {
  return `${count.toLocaleString()} ${count === 1 ? KIND_LABELS[kind].singular : KIND_LABELS[kind].plural}`;
}

function importedMessage(result: ImportResult, fileName: string): string {
  if (result.kind !== 'opportunities') return `Imported ${countOf(result.kind, result.ids.length)} from “${fileName}”.`;
  return `Imported “${fileName}”: ${result.ids.length} new, ${result.replaced.length} updated, ${result.unchangedCount} unchanged.`;
}

function undoneMessage(result: ImportResult, keptEdited: number): string {
  const what = countOf(result.kind, result.ids.length);
  if (result.kind === 'partnerships') return `Archived the ${what} just imported.`;
  if (result.kind !== 'opportunities' || result.replaced.length === 0) return `Removed the ${what} just imported.`;
  const restored = result.replaced.length - keptEdited;
  const kept = keptEdited > 0 ? ` ${countOf('opportunities', keptEdited)} edited since kept the edits.` : '';
  return `Undid the import: removed ${what} and put ${countOf('opportunities', restored)} back as they were.${kept}`;
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
        const outcome = await undoImport(appContext, result);
        toast({ message: undoneMessage(result, outcome.keptEdited) });
      };
      toast({ message: importedMessage(result, request.fileName), action: { label: 'Undo', run: undo } });
    } catch (error) {
      // A rejection means the data changed since the preview was built; the live preview now shows why.
      setFailure(error instanceof ImportRejectedError ? `${error.message} The rows below show why.` : failureMessage('Nothing was imported', error));
      setImporting(false);
    }
  }

  return { run, isImporting, failure };
}
