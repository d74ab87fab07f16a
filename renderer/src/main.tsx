// Boot: choose the platform, open the database, then show the app, or a clear
// screen explaining why the database could not be opened instead of a blank one.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { appContext, db } from '../db/db';
import { loadReminderSnapshot } from '../db/reminders';
import { App } from './App';
import { ClockProvider } from './clock/ClockProvider';
import { startBackupScheduler } from './backups/backupScheduler';
import { ToastProvider } from './components/ToastProvider';
import { DatabaseProblem } from './DatabaseProblem';
import { PlatformContext } from './platform/PlatformContext';
import { choosePlatform } from './platform/choosePlatform';
import { centreOpen, reminderStatus } from './reminders/reminderStatus';
import { startReminderScheduler } from './reminders/scheduler';
import { reportUnhandled } from './reportUnhandled';
import './styles.css';

const root = createRoot(document.getElementById('root') as HTMLElement);
const platform = choosePlatform(window);
reportUnhandled(window);

db.open().then(
  () => {
    root.render(
      <StrictMode>
        <PlatformContext.Provider value={platform}>
          <ClockProvider>
            <ToastProvider>
              <App />
            </ToastProvider>
          </ClockProvider>
        </PlatformContext.Provider>
      </StrictMode>,
    );
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
  },
  (error: unknown) => root.render(<DatabaseProblem error={error} platform={platform} />),
);
