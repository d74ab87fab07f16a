// Boot: choose the platform, open the database, check it holds what the marker outside it
// says it held, then show the app — or a screen explaining why the database could not be
// opened, or that its data was not found, instead of a blank or first-run one.
// First, before any other module runs: the page may connect to itself and the team server only.
import './team/narrowConnections';
// The base styles before any screen's own (the components' imports below bring theirs): where a
// screen's rule ties a base rule (`.value-table td` against `.table td`), the screen's wins.
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { appContext, selectRecordedDatabase } from '../db/db';
import { completeExcerpts } from '../db/excerpts';
import { SettingsProvider } from '../db/hooks';
import { loadReminderSnapshot } from '../db/reminders';
import { App } from './App';
import { ClockProvider } from './clock/ClockProvider';
import { startBackupScheduler } from './backups/backupScheduler';
import { ToastProvider } from './components/ToastProvider';
import { DatabaseProblem } from './DatabaseProblem';
import { PlatformContext } from './platform/PlatformContext';
import { choosePlatform } from './platform/choosePlatform';
import type { DataCheck, MarkerUpkeep } from './recovery/dataGuard';
import { checkData, createMarkerUpkeep } from './recovery/dataGuard';
import { DataMissing } from './recovery/DataMissing';
import { centreOpen, reminderStatus } from './reminders/reminderStatus';
import { startReminderScheduler } from './reminders/scheduler';
import { reportUnhandled } from './reportUnhandled';
import { startTeam } from './team/teamBoot';

const root = createRoot(document.getElementById('root') as HTMLElement);
const platform = choosePlatform(window);
reportUnhandled(window);

function startApp(upkeep: MarkerUpkeep, counted: DataCheck['counted']): void {
  root.render(
    <StrictMode>
      <PlatformContext.Provider value={platform}>
        <SettingsProvider>
          <ClockProvider>
            <ToastProvider>
              <App />
            </ToastProvider>
          </ClockProvider>
        </SettingsProvider>
      </PlatformContext.Provider>
    </StrictMode>,
  );
  // Runs for the page's lifetime: the marker follows the database once it is known good,
  // from the check's count (counting again would hold up the first screen's reads).
  upkeep.start(counted);
  // Runs for the page's lifetime; only the desktop app has a backups folder to write to.
  startBackupScheduler({ ctx: appContext, platform });
  // Runs for the page's lifetime: leaving the page releases its delivery lock to another window.
  startReminderScheduler({
    ctx: appContext,
    platform,
    readSnapshot: loadReminderSnapshot,
    onStatus: reminderStatus.set,
    openCentre: () => centreOpen.set(true),
  });
}

/** A marker that cannot be read protects nothing, but must not keep the user out of their data. */
async function check(): Promise<DataCheck> {
  try {
    return await checkData(appContext, platform.dataMarker);
  } catch (error) {
    console.error('Steward could not compare the database with its marker.', error);
    return { verdict: { missing: false } };
  }
}

interface Booted {
  readonly check: DataCheck;
  readonly upkeep: MarkerUpkeep;
}

async function boot(): Promise<Booted | 'reloading'> {
  const db = await selectRecordedDatabase();
  await db.open();
  // Hears writes from here on (team sync's pull may write before the check), so the check's count need not be taken again.
  const upkeep = createMarkerUpkeep(appContext, platform.dataMarker);
  // Team sync, when this machine joined a team: its sync context and its connection.
  if (!(await startTeam())) {
    upkeep.stop();
    return 'reloading';
  }
  await completeExcerpts(db).catch((error: unknown) => console.error('Steward could not complete the partnerships’ excerpts.', error));
  return { check: await check(), upkeep };
}

boot().then(
  (booted) => {
    if (booted === 'reloading') return;
    const { check: { verdict, counted }, upkeep } = booted;
    if (!verdict.missing) return startApp(upkeep, counted);
    upkeep.stop();
    root.render(<DataMissing reason={verdict.reason} expected={verdict.expected} platform={platform} />);
  },
  (error: unknown) => root.render(<DatabaseProblem error={error} platform={platform} />),
);
