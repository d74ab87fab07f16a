import { useState } from 'react';
import type { ImportKind } from '@shared/imports/fields';
import { ImportDialog } from './ImportDialog';

interface Props {
  readonly kind: ImportKind;
  readonly partnershipId?: string;
}

/** "Import CSV…" and the wizard it opens, pre-set to the kind (and partnership) of the screen. */
export function ImportCsvButton({ kind, partnershipId }: Props) {
  const [isOpen, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        Import CSV…
      </button>
      {isOpen && <ImportDialog kind={kind} partnershipId={partnershipId} onClose={() => setOpen(false)} />}
    </>
  );
}
