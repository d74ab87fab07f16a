// The brief's exports: the partner pre-read (Markdown, PDF), the internal edition
// (Markdown) and the meeting as a one-event calendar file with the agenda.
import { briefIcs } from '@shared/exports/briefCalendar';
import { briefMarkdown } from '@shared/exports/briefMarkdown';
import type { Edition } from '@shared/exports/partnerSafe';
import { useDateText } from '../../clock/useDateText';
import { safeFileName } from '../../exports/fileName';
import { useSaveExport } from '../../exports/useSaveExport';
import type { BriefRef } from '../../router';
import { briefDetail, routeHref } from '../../router';
import { EditionSwitch } from '../review/EditionSwitch';
import { briefFileBase } from './briefFiles';
import { loadBrief, useBriefMoment } from './useBrief';

interface Props {
  readonly partnershipId: string;
  readonly partnershipName: string;
  readonly title: string;
  readonly day: string;
  readonly briefRef: BriefRef;
  readonly edition: Edition;
  readonly onEdition: (edition: Edition) => void;
}

export function BriefToolbar({ partnershipId, partnershipName, title, day, briefRef, edition, onEdition }: Props) {
  const save = useSaveExport();
  const moment = useBriefMoment();
  const { format } = useDateText();
  const build = async (which: Edition) => {
    const brief = await loadBrief(partnershipId, briefRef, which, moment);
    if (!brief) throw new Error('This meeting is no longer in the partnership.');
    return brief;
  };
  const base = (which: Edition) => briefFileBase(partnershipName, title, day, which);
  const markdown = (which: Edition) => void save({ type: 'markdown', suggestedName: safeFileName(base(which), 'md'), build: async () => briefMarkdown(await build(which), format) });
  const calendar = () => void save({ type: 'calendar', suggestedName: safeFileName(base('partner'), 'ics'), build: async () => briefIcs(await build('partner'), moment.now) });
  const printHref = routeHref({ screen: 'print', doc: { kind: 'brief', id: partnershipId, detail: briefDetail(briefRef), edition: 'partner' } });
  return (
    <div className="toolbar brief-toolbar">
      <EditionSwitch value={edition} onChange={onEdition} />
      <div className="brief-exports">
        <button type="button" className="button" onClick={() => markdown('partner')}>
          Pre-read (Markdown)
        </button>
        <a className="button" href={printHref}>
          Pre-read PDF…
        </a>
        <button type="button" className="button" onClick={calendar}>
          Add to calendar (.ics)
        </button>
        <button type="button" className="button button-quiet" onClick={() => markdown('internal')}>
          Internal brief (Markdown)
        </button>
      </div>
    </div>
  );
}
