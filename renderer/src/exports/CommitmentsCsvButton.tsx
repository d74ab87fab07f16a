// Commitments as CSV, in the edition the user picks: internal (everything, with where
// each commitment came from) or partner-safe (only what the partner may see).
import { useState } from 'react';
import { commitmentsCsv } from '@shared/exports/commitmentsCsv';
import type { Edition } from '@shared/exports/partnerSafe';
import { dayInZone } from '@shared/dates';
import { appContext } from '../../db/db';
import { readExportSnapshot } from '../../db/exportSnapshot';
import { useClockDay } from '../clock/clockContext';
import { Dialog } from '../components/Dialog';
import { safeFileName } from './fileName';
import { useSaveExport } from './useSaveExport';
import './exports.css';

interface Props {
  readonly partnership: { readonly id: string; readonly name: string };
}

const EDITIONS: readonly { readonly id: Edition; readonly label: string; readonly hint: string }[] = [
  { id: 'internal', label: 'Internal', hint: 'Every column, including where each commitment came from.' },
  { id: 'partner', label: 'Partner-safe', hint: 'Only what the partner may see: internal fields are left out.' },
];

export function CommitmentsCsvButton({ partnership }: Props) {
  const [isOpen, setOpen] = useState(false);
  const [edition, setEdition] = useState<Edition>('internal');
  const save = useSaveExport();
  const { zone } = useClockDay();
  const exportCsv = async () => {
    // The states are worked out for today in the user's zone, as on screen, not for the UTC day.
    const today = dayInZone(appContext.now(), zone);
    const build = async () => commitmentsCsv(await readExportSnapshot(appContext.db, partnership.id), { partnershipId: partnership.id, edition, now: today });
    const suffix = edition === 'partner' ? 'commitments (partner)' : 'commitments';
    if (await save({ type: 'csv', suggestedName: safeFileName(`${partnership.name} ${suffix}`, 'csv'), build })) setOpen(false);
  };
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Export CSV…
      </button>
      {isOpen && (
        <Dialog title="Export commitments as CSV" onClose={() => setOpen(false)}>
          <div className="form">
            <fieldset className="edition-choice">
              <legend>Edition</legend>
              {EDITIONS.map((e) => (
                <label key={e.id} className="edition-option">
                  <input type="radio" name="csv-edition" value={e.id} checked={edition === e.id} onChange={() => setEdition(e.id)} />
                  <span>
                    <strong>{e.label}</strong>
                    <span className="muted">{e.hint}</span>
                  </span>
                </label>
              ))}
            </fieldset>
            <div className="form-actions">
              <button type="button" className="button button-quiet" onClick={() => setOpen(false)}>
                Cancel
              </button>
              <button type="button" className="button button-primary" onClick={() => void exportCsv()}>
                Save CSV
              </button>
            </div>
          </div>
        </Dialog>
      )}
    </>
  );
}
