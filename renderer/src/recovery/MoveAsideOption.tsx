// Desktop only: when the database's files are too damaged to open or delete, main moves the
// folder aside (renamed with the time, never deleted) and restarts Steward, which then
// finds no data and offers the backups.
import { useState } from 'react';
import type { DamagedStores } from '../platform/platform';

interface Props {
  readonly damagedStores: DamagedStores;
}

export function MoveAsideOption({ damagedStores }: Props) {
  const [state, setState] = useState<'idle' | 'moving' | { readonly failed: string }>('idle');
  async function move() {
    setState('moving');
    try {
      await damagedStores.moveAsideAndRestart();
    } catch (error) {
      setState({ failed: error instanceof Error ? error.message : String(error) });
    }
  }
  return (
    <>
      <p>
        Steward can move the damaged files aside — kept in the profile folder, not deleted; Settings → Your data can remove them later — and restart with
        an empty database. Then choose this backup again.
      </p>
      <button type="button" className="button button-primary" onClick={() => void move()} disabled={state === 'moving'}>
        {state === 'moving' ? 'Restarting…' : 'Move the damaged data aside and restart'}
      </button>
      {typeof state === 'object' && <p>The files could not be moved: {state.failed}</p>}
    </>
  );
}
