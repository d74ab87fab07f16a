interface Props {
  readonly failure?: string;
  readonly isSaving: boolean;
  readonly submitLabel: string;
  readonly onCancel: () => void;
}

/** A form's closing lines: the save failure, if any, then Cancel and the primary action. */
export function FormFooter({ failure, isSaving, submitLabel, onCancel }: Props) {
  return (
    <>
      {failure && (
        <p className="form-failure" role="alert">
          {failure}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button button-quiet" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={isSaving}>
          {submitLabel}
        </button>
      </div>
    </>
  );
}
