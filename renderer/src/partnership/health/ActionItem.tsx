// One suggested action: tick it to take it on, and adjust its due day if needed.
import { useId } from 'react';
import type { SuggestedAction } from '@shared/health';
import { OWED_BY_LABELS } from '@shared/commitments';
import { capitalise } from '../../format';

interface Props {
  readonly action: SuggestedAction;
  readonly isSelected: boolean;
  readonly dueOn: string;
  readonly error?: string;
  readonly onSelect: (isSelected: boolean) => void;
  readonly onDueOn: (dueOn: string) => void;
}

export function ActionItem({ action, isSelected, dueOn, error, onSelect, onDueOn }: Props) {
  const id = useId();
  return (
    <li className={`health-action${isSelected ? ' health-action-selected' : ''}`}>
      <input id={id} type="checkbox" checked={isSelected} onChange={(e) => onSelect(e.target.checked)} aria-describedby={`${id}-detail`} />
      <div className="health-action-body">
        <label htmlFor={id} className="health-action-title">
          {action.title}
        </label>
        <p className="health-action-tags">
          <span className={`badge health-reason health-reason-${action.reason === 'low score' ? 'low' : 'gap'}`}>
            {capitalise(action.reason)}: {action.dimension}
          </span>
          <span className="tag">{OWED_BY_LABELS[action.owedBy]}</span>
        </p>
        <p id={`${id}-detail`} className="health-action-detail">
          {action.detail}
        </p>
      </div>
      <div className={`field health-action-due${error ? ' field-invalid' : ''}`}>
        <label htmlFor={`${id}-due`}>Due on</label>
        <input
          id={`${id}-due`}
          type="date"
          value={dueOn}
          onChange={(e) => onDueOn(e.target.value)}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${id}-due-error` : undefined}
        />
        {error && (
          <p id={`${id}-due-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </li>
  );
}
