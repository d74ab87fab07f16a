import { useState } from 'react';
import { ImportDialog } from './ImportDialog';

/** "Import from CRM…": a Salesforce or HubSpot export of opportunities into this partnership. */
export function CrmImportButton({ partnershipId }: { readonly partnershipId: string }) {
  const [isOpen, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        Import from CRM…
      </button>
      {isOpen && <ImportDialog kind="opportunities" partnershipId={partnershipId} onClose={() => setOpen(false)} />}
    </>
  );
}
