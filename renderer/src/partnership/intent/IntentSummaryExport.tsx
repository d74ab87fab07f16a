// "Intent summary for partner": the charter in force, partner-safe (shared sections only,
// no tradeoff weights), as Markdown now or as a PDF from the print view.
import { intentSummaryMarkdown } from '@shared/exports/intentSummary';
import type { Partnership } from '@shared/domain';
import { db } from '../../../db/db';
import { readExportSnapshot } from '../../../db/exportSnapshot';
import { safeFileName } from '../../exports/fileName';
import { useSaveExport } from '../../exports/useSaveExport';
import { routeHref } from '../../router';
import { intentFileBase } from '../review/reviewFiles';
import { useDateText } from '../../clock/useDateText';

export function IntentSummaryExport({ partnership }: { readonly partnership: Partnership }) {
  const save = useSaveExport();
  const { format } = useDateText();
  const exportMarkdown = () =>
    void save({
      type: 'markdown',
      suggestedName: safeFileName(intentFileBase(partnership.name), 'md'),
      build: async () => intentSummaryMarkdown(await readExportSnapshot(db, partnership.id), partnership.id, { edition: 'partner', dateFormat: format }),
    });
  return (
    <div className="intent-export" role="group" aria-label="Intent summary for partner">
      <span className="intent-export-label">Intent summary for partner</span>
      <button type="button" className="button button-small" onClick={exportMarkdown}>
        Markdown
      </button>
      <a className="button button-small" href={routeHref({ screen: 'print', doc: { kind: 'intent', id: partnership.id } })}>
        PDF…
      </a>
    </div>
  );
}
