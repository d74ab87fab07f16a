// The print view's page: a small toolbar (Save as PDF, Back) that never prints, and the
// document below it laid out for A4. The desktop app prints this page with Electron's
// printToPDF; a browser opens its print dialog, where "Save as PDF" is one of the choices.
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { useToast } from '../components/ToastProvider';
import { safeFileName } from '../exports/fileName';
import { usePlatform } from '../platform/PlatformContext';
import './print.css';
import { failureMessage } from '../components/failureMessage';

interface Props {
  /** The file's name without extension; also the page title, which browsers offer as the PDF's name. */
  readonly fileBase: string;
  readonly backHref: string;
  /** False while the document is loading: nothing to print yet. */
  readonly isReady: boolean;
  readonly children: ReactNode;
}

export function PrintFrame({ fileBase, backHref, isReady, children }: Props) {
  const platform = usePlatform();
  const toast = useToast();
  const [isPrinting, setPrinting] = useState(false);
  useEffect(() => {
    const before = document.title;
    document.title = fileBase;
    return () => {
      document.title = before;
    };
  }, [fileBase]);
  async function print() {
    setPrinting(true);
    try {
      const result = await platform.printToPdf({ suggestedName: safeFileName(fileBase, 'pdf') });
      if (result.saved) toast({ message: `Saved ${result.path}` });
    } catch (error) {
      toast({ message: failureMessage('Could not save the PDF', error), tone: 'error' });
    } finally {
      setPrinting(false);
    }
  }
  return (
    <div className="print-page">
      <div className="print-toolbar" role="toolbar" aria-label="Print">
        <a className="button" href={backHref}>
          ‹ Back
        </a>
        <span className="print-hint">{platform.kind === 'web' ? 'Your browser’s print dialog offers “Save as PDF”.' : 'A4, ready to share.'}</span>
        <button type="button" className="button button-primary" onClick={() => void print()} disabled={!isReady || isPrinting}>
          {isPrinting ? 'Saving…' : 'Save as PDF'}
        </button>
      </div>
      <main className="print-doc" id="main">
        {children}
      </main>
    </div>
  );
}
