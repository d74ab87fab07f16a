// "Not recorded yet": a fixed cadence's past occurrences nobody recorded, each with its own
// actions, and, when there are several, checkboxes to mark a selection held or skipped in
// one step (one transaction; Undo puts every one back). Each stays editable afterwards.
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { CadenceOccurrence } from '@shared/cadenceSchedule';
import type { Cadence } from '@shared/domain';
import { appContext } from '../../../db/db';
import { settleOccurrences, unsettleOccurrences } from '../../../db/settleOccurrences';
import { messageOf, useToast } from '../../components/ToastProvider';

interface Selection {
  readonly isSelected: boolean;
  readonly onToggle: () => void;
}

interface Props {
  readonly cadence: Cadence;
  readonly occurrences: readonly CadenceOccurrence[];
  readonly userZone: string;
  readonly row: (occurrence: CadenceOccurrence, selection?: Selection) => ReactNode;
}

export function UnrecordedGroup({ cadence, occurrences, userZone, row }: Props) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [isSaving, setSaving] = useState(false);
  const toast = useToast();
  const isBulk = occurrences.length > 1;
  // Only what is still listed counts: an occurrence settled elsewhere drops out of the selection.
  const chosen = occurrences.filter((o) => selected.has(o.occurrence)).map((o) => o.occurrence);
  const toggle = (key: string) => setSelected((s) => (s.has(key) ? new Set([...s].filter((k) => k !== key)) : new Set([...s, key])));
  const isAll = chosen.length === occurrences.length;

  async function settle(outcome: 'held' | 'skipped') {
    setSaving(true);
    try {
      const done = await settleOccurrences(appContext, { cadenceId: cadence.id, outcome, occurrences: chosen, timeZone: userZone });
      setSelected(new Set());
      const count = done.settled.length;
      toast({ message: `Marked ${count} ${count === 1 ? 'occurrence' : 'occurrences'} of “${cadence.name}” ${outcome}.`, action: { label: 'Undo', run: () => unsettleOccurrences(appContext, done) } });
    } catch (error) {
      toast({ message: `Could not mark them ${outcome}: ${messageOf(error)}`, tone: 'error' });
    } finally {
      setSaving(false);
    }
  }

  return (
    <tbody className="rhythm-unrecorded">
      <tr className="rhythm-group">
        <th scope="colgroup" colSpan={3}>
          Not recorded yet ({occurrences.length})
        </th>
      </tr>
      {isBulk && (
        <tr className="rhythm-bulk">
          <td colSpan={3}>
            <label className="rhythm-bulk-all">
              <input type="checkbox" checked={isAll} onChange={() => setSelected(isAll ? new Set() : new Set(occurrences.map((o) => o.occurrence)))} />
              Select all
            </label>
            <span className="rhythm-bulk-count" aria-live="polite">
              {chosen.length} selected
            </span>
            <button type="button" className="button button-small button-primary" disabled={chosen.length === 0 || isSaving} onClick={() => void settle('held')}>
              Mark held
            </button>
            <button type="button" className="button button-small" disabled={chosen.length === 0 || isSaving} onClick={() => void settle('skipped')}>
              Mark skipped
            </button>
          </td>
        </tr>
      )}
      {occurrences.map((o) => row(o, isBulk ? { isSelected: selected.has(o.occurrence), onToggle: () => toggle(o.occurrence) } : undefined))}
    </tbody>
  );
}
