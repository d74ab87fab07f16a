// "Add to calendar": the partnership's (or the whole portfolio's) fixed cadences as an
// .ics file for the user's own calendar app, recurring rules and all.
import { calendarIcs } from '@shared/exports/calendar';
import { appContext } from '../../db/db';
import { readExportSnapshot } from '../../db/exportSnapshot';
import { safeFileName } from './fileName';
import { useSaveExport } from './useSaveExport';

interface Props {
  /** One partnership's cadences; the whole portfolio's when absent. */
  readonly partnership?: { readonly id: string; readonly name: string };
}

export function CalendarExportButton({ partnership }: Props) {
  const save = useSaveExport();
  const build = async () => {
    const snapshot = await readExportSnapshot(appContext.db, partnership?.id);
    return calendarIcs(snapshot, { partnershipId: partnership?.id, now: appContext.now().toISOString() });
  };
  return (
    <button
      type="button"
      className="button"
      title="Save the fixed cadences as an .ics file for your calendar app"
      onClick={() => void save({ type: 'calendar', suggestedName: safeFileName(`${partnership?.name ?? 'Steward portfolio'} cadences`, 'ics'), build })}
    >
      Add to calendar (.ics)
    </button>
  );
}
