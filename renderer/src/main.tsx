// Boot: choose the platform, open the database, then show the app, or a clear
// screen explaining why the database could not be opened instead of a blank one.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { db } from '../db/db';
import { App } from './App';
import { ToastProvider } from './components/ToastProvider';
import { DatabaseProblem } from './DatabaseProblem';
import { PlatformContext } from './platform/PlatformContext';
import { choosePlatform } from './platform/choosePlatform';
import { reportUnhandled } from './reportUnhandled';
import './styles.css';

const root = createRoot(document.getElementById('root') as HTMLElement);
const platform = choosePlatform(window);
reportUnhandled(window);

db.open().then(
  () =>
    root.render(
      <StrictMode>
        <PlatformContext.Provider value={platform}>
          <ToastProvider>
            <App />
          </ToastProvider>
        </PlatformContext.Provider>
      </StrictMode>,
    ),
  (error: unknown) => root.render(<DatabaseProblem error={error} />),
);
