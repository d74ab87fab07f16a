import type { Partnership } from '@shared/domain';
import type { Edition } from '@shared/exports/partnerSafe';
import type { QuarterlyReview } from '@shared/exports/quarterlyReview';
import { quarterlyReviewMarkdown } from '@shared/exports/reviewMarkdown';
import { QuarterPicker } from '../../components/QuarterPicker';
import { safeFileName } from '../../exports/fileName';
import { useSaveExport } from '../../exports/useSaveExport';
import { routeHref } from '../../router';
import { EditionSwitch } from './EditionSwitch';
import { reviewFileBase } from './reviewFiles';
import { useDateText } from '../../clock/useDateText';

interface Props {
  readonly partnership: Partnership;
  readonly quarter: string;
  readonly quarters: readonly string[];
  readonly onQuarter: (quarter: string) => void;
  readonly edition: Edition;
  readonly onEdition: (edition: Edition) => void;
  /** The review on screen; exports are disabled until it has loaded. */
  readonly review?: QuarterlyReview;
}

export function ReviewToolbar({ partnership, quarter, quarters, onQuarter, edition, onEdition, review }: Props) {
  const save = useSaveExport();
  const { format } = useDateText();
  const base = reviewFileBase(partnership.name, quarter, edition);
  const exportMarkdown = () =>
    review && void save({ type: 'markdown', suggestedName: safeFileName(base, 'md'), build: async () => quarterlyReviewMarkdown(review, format) });
  const printHref = routeHref({ screen: 'print', doc: { kind: 'review', id: partnership.id, quarter, edition } });
  return (
    <div className="toolbar review-toolbar">
      <QuarterPicker id="review-quarter" value={quarter} options={quarters} onChange={onQuarter} />
      <EditionSwitch value={edition} onChange={onEdition} />
      <div className="review-exports">
        <button type="button" className="button" onClick={exportMarkdown} disabled={!review}>
          Export Markdown
        </button>
        <a className="button" href={printHref}>
          Export PDF…
        </a>
      </div>
    </div>
  );
}
