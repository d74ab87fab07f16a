// Gives the partnership's screens who last changed each record, from its team documents
// (shared/sync/authors.ts), following them as changes arrive. Without a team it gives nothing,
// so no screen shows a "by" line.
import type { ReactNode } from 'react';
import { useEffect, useMemo, useState } from 'react';
import type { PartnershipDocs } from '@shared/sync/documents';
import { docNames } from '@shared/sync/documents';
import { lastWriterOf } from '@shared/sync/authors';
import type { SyncContext } from '../../../db/sync';
import { openDocs } from '../../../db/sync';
import { useTeam } from '../../team/useTeam';
import type { AuthorOf } from './authorsContext';
import { AuthorsContext } from './authorsContext';

/** The partnership's documents once loaded, with a counter that moves on each of their updates. */
function useDocs(sync: SyncContext | undefined, partnershipId: string): { readonly docs: PartnershipDocs; readonly version: number } | undefined {
  const [state, setState] = useState<{ readonly docs: PartnershipDocs; readonly version: number }>();
  useEffect(() => {
    if (!sync) return undefined;
    let isLive = true;
    let stop = () => undefined as void;
    openDocs(sync, partnershipId).then(
      (docs) => {
        if (!isLive) return;
        const bump = () => setState((s) => ({ docs, version: (s?.version ?? 0) + 1 }));
        docs.shared.on('update', bump);
        stop = () => docs.shared.off('update', bump);
        bump();
      },
      (error: unknown) => console.warn('Team sync: could not read who changed the records.', error),
    );
    return () => {
      isLive = false;
      stop();
    };
  }, [sync, partnershipId]);
  return state?.docs.partnershipId === partnershipId ? state : undefined;
}

function authorOfDocs(sync: SyncContext, docs: PartnershipDocs): AuthorOf {
  const ours = sync.ownClients.get(docNames(docs.partnershipId).shared);
  return (table, id) => {
    const writer = lastWriterOf(docs, table, id);
    if (!writer) return undefined;
    if (ours?.has(writer.client) || writer.member === sync.member) return 'you';
    return writer.member;
  };
}

export function AuthorsProvider({ partnershipId, children }: { readonly partnershipId: string; readonly children: ReactNode }) {
  const sync = useTeam()?.sync;
  const loaded = useDocs(sync, partnershipId);
  // `loaded` is a new object after each update of the documents: a new function, so the screens using it render again.
  const value = useMemo(() => (sync && loaded ? authorOfDocs(sync, loaded.docs) : undefined), [sync, loaded]);
  return <AuthorsContext.Provider value={value}>{children}</AuthorsContext.Provider>;
}
