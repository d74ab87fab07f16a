/** What a replace confirmation passes on to its safety copy and its yes. */
export interface SafetyCopyProps {
  readonly hasFolder: boolean;
  readonly safetyCopy: boolean;
  readonly onSafetyCopy: (value: boolean) => void;
  readonly isConfirmed: boolean;
  readonly onConfirm: (value: boolean) => void;
}

interface Props extends SafetyCopyProps {
  /** What the user says they understand ("that my current data will be replaced"). */
  readonly understood: string;
}

/** The end of every replace confirmation: a copy of the current data first, and an explicit yes. */
export function SafetyCopyAndConfirm({ hasFolder, safetyCopy, onSafetyCopy, isConfirmed, onConfirm, understood }: Props) {
  return (
    <>
      {hasFolder ? (
        <p>A copy of the current data is saved to the backups folder first, so you can go back.</p>
      ) : (
        <label className="check">
          <input type="checkbox" checked={safetyCopy} onChange={(e) => onSafetyCopy(e.target.checked)} /> Download a copy of the current data first
        </label>
      )}
      <label className="check">
        <input type="checkbox" checked={isConfirmed} onChange={(e) => onConfirm(e.target.checked)} /> I understand {understood}
      </label>
    </>
  );
}
