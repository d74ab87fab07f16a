// "Stop sharing" a partnership with one member (an owner's action in Settings → Team): asks
// first, saying what happens on that member's machine, then POST /unshare.
import { useState } from 'react';
import type { TeamConnection } from '../../db/sync/connection';

interface Props {
  readonly connection: TeamConnection;
  readonly partnershipId: string;
  readonly partnershipName: string;
  readonly member: { readonly name: string; readonly email: string };
}

export function StopSharing({ connection, partnershipId, partnershipName, member }: Props) {
  const [isAsking, setAsking] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  async function stop() {
    setBusy(true);
    const answer = await connection.unshare({ partnershipId, email: member.email });
    setBusy(false);
    if (answer.ok) setAsking(false);
    else setFailure(answer.message);
  }
  if (!isAsking) {
    return (
      <button type="button" className="button button-small" onClick={() => setAsking(true)} aria-label={`Stop sharing ${partnershipName} with ${member.name}`}>
        Stop sharing
      </button>
    );
  }
  return (
    <div className="team-unshare" role="group" aria-label={`Stop sharing ${partnershipName} with ${member.name}?`}>
      <p>
        Stop sharing “{partnershipName}” with {member.name}? It stops syncing to {member.name}’s machine at once and is never sent there again; what{' '}
        {member.name} already has stays on their machine, no longer updated.
      </p>
      <div className="team-unshare-actions">
        <button type="button" className="button button-small" onClick={() => setAsking(false)} disabled={isBusy}>
          Keep sharing
        </button>
        <button type="button" className="button button-small button-primary" onClick={() => void stop()} disabled={isBusy}>
          {isBusy ? 'Stopping…' : 'Stop sharing'}
        </button>
      </div>
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}
