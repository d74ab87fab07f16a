import { briefMarkdown } from '@shared/exports/briefMarkdown';
import type { Edition } from '@shared/exports/partnerSafe';
import { useLiveQuery } from '../../db/live';
import { useDateText } from '../clock/useDateText';
import { briefFileBase } from '../partnership/brief/briefFiles';
import { loadBrief, useBriefMoment } from '../partnership/brief/useBrief';
import type { BriefRef } from '../router';
import { briefHref } from '../router';
import { MarkdownView } from './MarkdownView';
import { PrintFrame } from './PrintFrame';
import { PrintProblem } from './PrintProblem';

interface Props {
  readonly id: string;
  readonly briefRef: BriefRef;
  readonly edition: Edition;
}

/** A meeting brief's edition rendered from the very Markdown the export writes: the pre-read PDF holds nothing more. */
export function PrintBrief({ id, briefRef, edition }: Props) {
  const { format } = useDateText();
  const moment = useBriefMoment();
  const wanted = `${id}/${JSON.stringify(briefRef)}/${edition}`;
  const built = useLiveQuery(async () => {
    const brief = await loadBrief(id, briefRef, edition, moment);
    return { of: wanted, doc: brief ? { base: briefFileBase(brief.partnership.name, brief.meeting.title, brief.meeting.userTime.local.slice(0, 10), edition), markdown: briefMarkdown(brief, format) } : null };
  }, [wanted, moment.now, moment.zone, format]);
  // A live query answers with its last result until the new one is read: another brief's document is never shown or printed.
  const doc = built?.of === wanted ? built.doc : undefined;
  if (doc === null) return <PrintProblem backHref={briefHref(id, briefRef)} message="This meeting is not in the partnership." />;
  return (
    <PrintFrame fileBase={doc?.base ?? ''} backHref={briefHref(id, briefRef)} isReady={!!doc}>
      {doc ? <MarkdownView markdown={doc.markdown} /> : <p className="muted">Loading…</p>}
    </PrintFrame>
  );
}
