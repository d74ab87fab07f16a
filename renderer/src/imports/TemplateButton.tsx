import type { ImportKind } from '@shared/imports/fields';
import { importTemplateCsv, importTemplateName } from '@shared/imports/templates';
import { usePlatform } from '../platform/PlatformContext';
import { useToast } from '../components/ToastProvider';
import { failureMessage } from '../components/failureMessage';

/** Saves a CSV with every column the import reads and one example row. */
export function TemplateButton({ kind }: { readonly kind: ImportKind }) {
  const platform = usePlatform();
  const toast = useToast();
  async function save() {
    try {
      const result = await platform.saveFile({
        suggestedName: importTemplateName(kind),
        content: importTemplateCsv(kind),
        mimeType: 'text/csv',
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      });
      if (result.saved) toast({ message: `Saved the ${kind} template to ${result.path}.` });
    } catch (error) {
      toast({ message: failureMessage('Could not save the template', error), tone: 'error' });
    }
  }
  return (
    <button type="button" className="button button-small" onClick={() => void save()}>
      Download {kind === 'opportunities' ? 'an' : 'a'} {kind} template
    </button>
  );
}
