// Editing the executive summary: wins, risks and asks, one point a line, saved with this
// quarter's review (Undo puts the replaced text back). "Redraft from data" offers the
// draft again, and asks first when that would replace text that differs from it.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { SummaryPart } from '@shared/domain';
import { SUMMARY_PARTS } from '@shared/domain';
import type { QuarterlyReview } from '@shared/exports/quarterlyReview';
import type { SummaryText } from '@shared/exports/reviewSummary';
import { SUMMARY_PART_TITLES } from '@shared/exports/reviewSummary';
import { appContext } from '../../../db/db';
import { deleteReviewSummary, saveReviewSummary } from '../../../db/reviewSummaries';
import { useFormSave } from '../../components/useFormSave';
import { useToast } from '../../components/ToastProvider';

interface Props {
  readonly review: QuarterlyReview;
  readonly partnershipId: string;
  readonly onDone: () => void;
}

const sameText = (a: SummaryText, b: SummaryText) => SUMMARY_PARTS.every((p) => a[p].trim() === b[p].trim());

export function SummaryEditor({ review, partnershipId, onDone }: Props) {
  const draft = review.summary.draft ?? review.summary.text;
  const [text, setText] = useState<SummaryText>(review.summary.text);
  const [isConfirming, setConfirming] = useState(false);
  const { formRef, errors, failure, isSaving, save } = useFormSave('Could not save the summary');
  const toast = useToast();
  const { quarter } = review;
  const setPart = (part: SummaryPart, value: string) => setText((t) => ({ ...t, [part]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await save({}, () => saveReviewSummary(appContext, { partnershipId, quarter, ...text }));
    if (!outcome.saved) return;
    const { previous } = outcome.value;
    const undo = () => (previous ? saveReviewSummary(appContext, previous).then(() => undefined) : deleteReviewSummary(appContext, partnershipId, quarter));
    toast({ message: `Summary saved with the ${quarter} review.`, action: { label: 'Undo', run: undo } });
    onDone();
  };
  // Nothing to lose when the text is the draft already; otherwise ask first.
  const redraft = () => (sameText(text, draft) ? setText(draft) : setConfirming(true));
  const useDraft = () => {
    setText(draft);
    setConfirming(false);
  };

  return (
    <form ref={formRef} className="review-summary-editor" onSubmit={(e) => void submit(e)} aria-label="Edit the executive summary">
      <p className="review-note">One point a line.</p>
      <div className="review-summary">
        {SUMMARY_PARTS.map((part) => (
          <div key={part} className="review-summary-part">
            <label htmlFor={`summary-${part}`}>{SUMMARY_PART_TITLES[part]}</label>
            <textarea id={`summary-${part}`} rows={6} value={text[part]} onChange={(e) => setPart(part, e.target.value)} aria-invalid={Boolean(errors[part])} />
            {errors[part] && <p className="field-error">{errors[part]}</p>}
          </div>
        ))}
      </div>
      {isConfirming && (
        <div className="review-summary-confirm" role="alert">
          <p>Replace the text above with the draft from the data? What you wrote here is lost unless you keep it.</p>
          <button type="button" className="button button-primary" onClick={useDraft}>
            Replace with the draft
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            Keep my text
          </button>
        </div>
      )}
      {failure && (
        <p className="form-failure" role="alert">
          {failure}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button button-quiet" onClick={redraft} disabled={isConfirming}>
          Redraft from data
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={isSaving}>
          Save summary
        </button>
      </div>
    </form>
  );
}
