// One way to save any export: build the text, hand it to the platform's save (the OS
// dialog in the desktop app, a download in a browser) and say what happened.
import { useCallback } from 'react';
import { useToast } from '../components/ToastProvider';
import { usePlatform } from '../platform/PlatformContext';
import { failureMessage } from '../components/failureMessage';

export const EXPORT_TYPES = {
  markdown: { mimeType: 'text/markdown', filters: [{ name: 'Markdown', extensions: ['md'] }] },
  calendar: { mimeType: 'text/calendar', filters: [{ name: 'Calendar', extensions: ['ics'] }] },
  csv: { mimeType: 'text/csv', filters: [{ name: 'CSV', extensions: ['csv'] }] },
  json: { mimeType: 'application/json', filters: [{ name: 'JSON', extensions: ['json'] }] },
} as const;

export interface ExportRequest {
  readonly type: keyof typeof EXPORT_TYPES;
  readonly suggestedName: string;
  /** Builds the file's text; reading the database happens here, after the click. */
  readonly build: () => Promise<string>;
}

/** Resolves true when the file was saved; failures become an error toast, never a rejection. */
export function useSaveExport(): (request: ExportRequest) => Promise<boolean> {
  const platform = usePlatform();
  const toast = useToast();
  return useCallback(
    async ({ type, suggestedName, build }) => {
      try {
        const content = await build();
        const result = await platform.saveFile({ suggestedName, content, ...EXPORT_TYPES[type] });
        if (result.saved) toast({ message: `Saved ${result.path}` });
        return result.saved;
      } catch (error) {
        toast({ message: failureMessage('Could not export', error), tone: 'error' });
        return false;
      }
    },
    [platform, toast],
  );
}
