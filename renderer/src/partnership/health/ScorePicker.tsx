// A 1–5 score as a row of radio buttons with word anchors: native radios, so arrow keys
// move between scores and the group is announced with its dimension.
import { useId } from 'react';
import { SCORES, SCORE_ANCHORS } from '@shared/healthView';

interface Props {
  readonly dimension: string;
  readonly value: number;
  readonly error?: string;
  readonly onChange: (score: number) => void;
}

export function ScorePicker({ dimension, value, error, onChange }: Props) {
  const name = useId();
  const errorId = `${name}-error`;
  return (
    <fieldset className="health-score" aria-describedby={error ? errorId : undefined}>
      {/* The row shows the dimension's name; the legend names the group for screen readers. */}
      <legend className="visually-hidden">{`Score for ${dimension}`}</legend>
      <div className="health-score-options">
        {SCORES.map((score) => (
          <label key={score} className="health-score-option">
            <input
              type="radio"
              name={name}
              value={score}
              checked={value === score}
              onChange={() => onChange(score)}
              aria-invalid={Boolean(error)}
            />
            <span className="health-score-number">{score}</span>{' '}
            <span className="health-score-word">{SCORE_ANCHORS[score]}</span>
          </label>
        ))}
        {/* Always laid out, only hidden, so scoring a row does not shift its comment box. */}
        <button
          type="button"
          className={`button button-quiet button-small health-score-clear${value > 0 ? '' : ' health-score-clear-hidden'}`}
          onClick={() => onChange(0)}
          aria-label={`Clear the score for ${dimension}`}
        >
          Clear
        </button>
      </div>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
