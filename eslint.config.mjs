import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { noModuleState } from './config/noModuleState.mjs';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'events', 'stream'];
const pattern = (group, message) => ({ group, message });

// STYLE.md rule 1: the folder is the boundary. Each folder lists what it may not import.
const boundaries = {
  shared: [
    pattern(['react', 'react-dom', 'react/*', 'react-dom/*'], 'shared/ is pure: no React.'),
    pattern(['electron', 'electron/*'], 'shared/ is pure: no Electron.'),
    pattern(['dexie', 'dexie-react-hooks'], 'shared/ is pure: no Dexie.'),
    pattern(nodeBuiltins, 'shared/ is pure: no Node built-ins.'),
    pattern(['**/renderer/**', '**/electron/**'], 'shared/ imports nothing from the processes.'),
  ],
  electron: [
    pattern(['react', 'react-dom', 'react/*', 'react-dom/*'], 'electron/ has no React.'),
    pattern(['dexie', 'dexie-react-hooks'], 'electron/ has no database: it lives in the renderer.'),
    pattern(['**/renderer/**'], 'electron/ does not import the renderer.'),
  ],
  renderer: [
    pattern(['electron', 'electron/*'], 'renderer/ talks to the platform through Platform, never Electron.'),
    pattern(nodeBuiltins, 'renderer/ runs in a page: no Node built-ins.'),
    pattern(['**/electron/**'], 'renderer/ does not import electron/.'),
  ],
  // The sync server is Node beside the app: it shares shared/ (shared/sync/protocol.ts) and nothing else.
  server: [
    pattern(['react', 'react-dom', 'react/*', 'react-dom/*', 'electron', 'electron/*', 'dexie', 'dexie-react-hooks'], 'server/ is a Node server: no React, Electron or Dexie.'),
    pattern(['**/renderer/**', '**/electron/**'], 'server/ imports nothing from the app\'s processes.'),
  ],
  // The page reaches the data only through renderer/db: its repositories, queries and live.ts.
  page: [
    pattern(['dexie', 'dexie/*', 'dexie-react-hooks'], 'renderer/src does not use Dexie: live queries and "data changed" come from renderer/db/live.ts.'),
    pattern(['**/db/schema', '**/db/schema.ts'], 'renderer/src does not open the schema: ask renderer/db (its repositories, queries, location.ts).'),
  ],
};

const restrict = (groups) => ({ 'no-restricted-imports': ['error', { patterns: groups }] });

// A Date built from local fields reads the machine's time zone; app code builds instants with
// Date.UTC and the user's zone. (The unit tests' machine-zone probe cannot see this one under
// fake timers: tests/unit/machineZoneProbe.ts.)
const machineZoneSyntax = [{ selector: "NewExpression[callee.name='Date'][arguments.length>1]", message: 'A Date from local fields depends on the machine time zone: use Date.UTC (shared/timezones.ts for a zone).' }];
const APP_CODE = ['shared/**/*.ts', 'renderer/**/*.{ts,tsx}', 'electron/**/*.ts', 'server/**/*.ts', 'cli/**/*.ts'];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  { files: ['scripts/**/*.mjs', '*.config.*', 'config/**/*.ts'], languageOptions: { globals: globals.node } },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, ...restrict(boundaries.renderer) },
  },
  { files: ['renderer/src/**/*.{ts,tsx}'], rules: restrict([...boundaries.renderer, ...boundaries.page]) },
  { files: ['shared/**/*.ts'], rules: restrict(boundaries.shared) },
  // shared/ holds no module-level mutable state (COMMON: no hidden caches for tests to reset).
  { files: ['shared/**/*.ts'], plugins: { steward: { rules: { 'no-module-state': noModuleState } } }, rules: { 'steward/no-module-state': 'error' } },
  // App code reports failures with console.error/warn; a console.log is left-over debugging.
  { files: ['renderer/**/*.{ts,tsx}', 'shared/**/*.ts', 'electron/**/*.ts'], rules: { 'no-console': ['error', { allow: ['error', 'warn'] }] } },
  { files: APP_CODE, rules: { 'no-restricted-syntax': ['error', ...machineZoneSyntax] } },
  { files: ['electron/**/*.ts'], rules: restrict(boundaries.electron) },
  { files: ['server/**/*.ts'], rules: restrict(boundaries.server) },
  {
    // Only the two IPC helper files may touch ipcMain / ipcRenderer (STYLE.md rule 2).
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/ipc.ts', 'electron/preload/index.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "Identifier[name='ipcMain']", message: 'Register handlers through electron/main/ipc.ts.' },
        { selector: "Identifier[name='ipcRenderer']", message: 'Only the preload touches ipcRenderer.' },
        ...machineZoneSyntax,
      ],
    },
  },
);
