import { useLiveQuery } from '../../db/live';
import { intentSummaryMarkdown } from '@shared/exports/intentSummary';
import { db } from '../../db/db';
import { readExportSnapshot } from '../../db/exportSnapshot';
import { intentFileBase } from '../partnership/review/reviewFiles';
import { routeHref } from '../router';
import { MarkdownView } from './MarkdownView';
import { PrintFrame } from './PrintFrame';
import { PrintProblem } from './PrintProblem';
import { useDateText } from '../clock/useDateText';

/**
 * The intent summary for the partner, rendered from the very Markdown the export writes:
 * the PDF can hold nothing the partner-safe Markdown does not.
 */
export function PrintIntent({ id }: { readonly id: string }) {
  const { format } = useDateText();
  const summary = useLiveQuery(async () => {
    const snapshot = await readExportSnapshot(db, id);
    const partnership = snapshot.partnerships.find((p) => !p.deletedAt);
    return partnership ? { name: partnership.name, markdown: intentSummaryMarkdown(snapshot, id, { edition: 'partner', dateFormat: format }) } : null;
  }, [id, format]);
  if (summary === null) return <PrintProblem backHref={routeHref({ screen: 'portfolio' })} message="This partnership is not in your portfolio." />;
  return (
    <PrintFrame fileBase={intentFileBase(summary?.name ?? '')} backHref={routeHref({ screen: 'partnership', id, tab: 'intent' })} isReady={!!summary}>
      {summary ? <MarkdownView markdown={summary.markdown} /> : <p className="muted">Loading…</p>}
    </PrintFrame>
  );
}
