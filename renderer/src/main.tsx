// Boot: choose the platform, open the database, check it holds what the marker outside it
// says it held, then show the app — or a screen explaining why the database could not be
// opened, or that its data was not found, instead of a blank or first-run one.
// First, before any other module runs: the page may connect to itself and the team server only.
import './team/narrowConnections';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { DataVerdict } from '@shared/dataMarker';
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
import { checkData, startMarkerUpkeep } from './recovery/dataGuard';
import { DataMissing } from './recovery/DataMissing';
import { centreOpen, reminderStatus } from './reminders/reminderStatus';
import { startReminderScheduler } from './reminders/scheduler';
import { reportUnhandled } from './reportUnhandled';
import { startTeam } from './team/teamBoot';
import './styles.css';

const root = createRoot(document.getElementById('root') as HTMLElement);
const platform = choosePlatform(window);
reportUnhandled(window);

function startApp(): void {
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
  // Runs for the page's lifetime: the marker follows the database once it is known good.
  startMarkerUpkeep(appContext, platform.dataMarker);
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
async function verdict(): Promise<DataVerdict> {
  try {
    return await checkData(appContext, platform.dataMarker);
  } catch (error) {
    console.error('Steward could not compare the database with its marker.', error);
    return { missing: false };
  }
}

async function boot(): Promise<DataVerdict | 'reloading'> {
  const db = await selectRecordedDatabase();
  await db.open();
  // Team sync, when this machine joined a team: it reopens the database with its sync context.
  if (!(await startTeam())) return 'reloading';
  await completeExcerpts(db).catch((error: unknown) => console.error('Steward could not complete the partnerships’ excerpts.', error));
  return verdict();
}

boot().then(
  (found) => {
    if (found === 'reloading') return;
    if (found.missing) root.render(<DataMissing reason={found.reason} expected={found.expected} platform={platform} />);
    else startApp();
  },
  (error: unknown) => root.render(<DatabaseProblem error={error} platform={platform} />),
);
