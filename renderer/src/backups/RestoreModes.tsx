// The ways to restore a backup. In a portfolio shared with a team, replacing this machine's
// copy alone would be undone by the team's copy, so it is not offered: Merge (a local edit the
// team receives) and, for an owner of every partnership concerned, replacing the team's copy.
import type { ReactNode } from 'react';
import type { TeamRestore } from './useTeamRestore';

export type RestoreChoice = 'merge' | 'replace' | 'replace-team';

interface Props {
  readonly choice: RestoreChoice;
  readonly onChoice: (choice: RestoreChoice) => void;
  readonly team: TeamRestore | undefined;
  readonly disabled: boolean;
}

function Mode({ value, choice, onChoice, children }: Pick<Props, 'choice' | 'onChoice'> & { readonly value: RestoreChoice; readonly children: ReactNode }) {
  return (
    <label className="restore-mode">
      <input type="radio" name="restore-mode" value={value} checked={choice === value} onChange={() => onChoice(value)} />
      <span>{children}</span>
    </label>
  );
}

export function RestoreModes({ choice, onChoice, team, disabled }: Props) {
  const isSynced = team?.isSynced === true;
  const teamName = team?.teamName ? `“${team.teamName}”` : 'your team';
  return (
    <fieldset className="restore-modes" disabled={disabled}>
      <legend>How to restore</legend>
      {isSynced && (
        <p className="restore-team-note">
          This portfolio is shared with {teamName}. Replacing it with the backup on this machine alone would be undone by the team’s copy at the next sync, so it is not offered.
        </p>
      )}
      <Mode value="merge" choice={choice} onChoice={onChoice}>
        <strong>Merge</strong> — adds what is missing and updates records where the backup’s copy is newer. Nothing is deleted.
        {isSynced && ' Your team receives the changes like any edit of yours.'}
      </Mode>
      {team && !isSynced && (
        <Mode value="replace" choice={choice} onChoice={onChoice}>
          <strong>Replace everything</strong> — Steward will hold exactly what the backup holds.
        </Mode>
      )}
      {isSynced && !team.refusal && (
        <Mode value="replace-team" choice={choice} onChoice={onChoice}>
          <strong>Replace the team’s copy</strong> — every member’s Steward will hold what the backup holds.
        </Mode>
      )}
      {isSynced && team.refusal && <p className="muted restore-team-refusal">{team.refusal}</p>}
    </fieldset>
  );
}
