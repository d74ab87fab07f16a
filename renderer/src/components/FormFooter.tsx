interface Props {
  readonly failure?: string;
  readonly isSaving: boolean;
  readonly submitLabel: string;
  /** Without it the form has no Cancel (a form that stays on screen, e.g. joining a team). */
  readonly onCancel?: () => void;
}

/** A form's closing lines: the save failure, if any, then Cancel (if the form has one) and the primary action. */
export function FormFooter({ failure, isSaving, submitLabel, onCancel }: Props) {
  return (
    <>
      {failure && (
        <p className="form-failure" role="alert">
          {failure}
        </p>
      )}
      <div className="form-actions">
        {onCancel && (
          <button type="button" className="button button-quiet" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="submit" className="button button-primary" disabled={isSaving}>
          {submitLabel}
        </button>
      </div>
    </>
  );
}
