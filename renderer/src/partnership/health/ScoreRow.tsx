// One dimension of a health check: its name (typed for the user's own dimensions), a
// 1–5 score and a comment.
import { useId } from 'react';
import type { RowErrors, ScoreDraft } from '@shared/healthView';
import { capitalise } from '../../format';
import { ScorePicker } from './ScorePicker';

interface Props {
  readonly row: ScoreDraft;
  readonly errors?: RowErrors;
  readonly onChange: (row: ScoreDraft) => void;
  readonly onRemove: () => void;
}

export function ScoreRow({ row, errors, onChange, onRemove }: Props) {
  const name = row.dimension.trim() || 'the new dimension';
  const ids = useId();
  return (
    <div className="health-row">
      <div className="health-row-name">
        {row.isStandard ? (
          <span className="health-row-title" aria-hidden="true">
            {capitalise(row.dimension)}
          </span>
        ) : (
          <div className={`field${errors?.dimension ? ' field-invalid' : ''}`}>
            <label htmlFor={`${ids}-name`}>Dimension name</label>
            <input
              id={`${ids}-name`}
              value={row.dimension}
              onChange={(e) => onChange({ ...row, dimension: e.target.value })}
              aria-invalid={Boolean(errors?.dimension)}
              aria-describedby={errors?.dimension ? `${ids}-name-error` : undefined}
              autoComplete="off"
            />
            {errors?.dimension && (
              <p id={`${ids}-name-error`} className="field-error" role="alert">
                {errors.dimension}
              </p>
            )}
          </div>
        )}
      </div>
      <ScorePicker dimension={name} value={row.score} error={errors?.score} onChange={(score) => onChange({ ...row, score })} />
      <div className={`health-row-comment${errors?.comment ? ' field-invalid' : ''}`}>
        <label htmlFor={`${ids}-comment`} className="visually-hidden">{`Comment on ${name}`}</label>
        <input
          id={`${ids}-comment`}
          value={row.comment}
          placeholder="Comment (why this score?)"
          onChange={(e) => onChange({ ...row, comment: e.target.value })}
          aria-invalid={Boolean(errors?.comment)}
          autoComplete="off"
        />
        {errors?.comment && <p className="field-error">{errors.comment}</p>}
      </div>
      {!row.isStandard && (
        <button type="button" className="button button-quiet button-small" onClick={onRemove} aria-label={`Remove ${name}`}>
          Remove
        </button>
      )}
    </div>
  );
}
