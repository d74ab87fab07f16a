interface Props {
  readonly isArchived: boolean;
  readonly onArchived: (isArchived: boolean) => void;
}

export function ArchivedSwitch({ isArchived, onArchived }: Props) {
  return (
    <div className="segmented" role="group" aria-label="Show">
      <button type="button" aria-pressed={!isArchived} onClick={() => onArchived(false)}>
        Current
      </button>
      <button type="button" aria-pressed={isArchived} onClick={() => onArchived(true)}>
        Archived
      </button>
    </div>
  );
}
