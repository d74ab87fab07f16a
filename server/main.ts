// `npm run sync-server [-- --port N --host H --data DIR --redis URL]` starts the team sync server;
// `npm run sync-server -- <command> …` runs a team command (server/commands.ts).
// Wires the process (arguments, environment, signals, output) to the modules that do the work.
import { CliError, parseArgs } from '../cli/args';
import { DEFAULT_DATA_DIR, isTeamCommand, runTeamCommand } from './commands';
import { startSyncServer } from './syncServer';

const DEFAULT_PORT = 1234;

const print = (line: string) => process.stdout.write(`${line}\n`);
const printError = (line: string) => process.stderr.write(`${line}\n`);

function portOf(value: string | undefined): number {
  const port = Number(value ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new CliError(`--port must be a port number (0 picks a free one), not "${value}"`);
  return port;
}

async function serve(argv: readonly string[]): Promise<void> {
  const args = parseArgs(argv, ['port', 'host', 'data', 'redis'], 'sync-server');
  if (args.positional.length > 0) throw new CliError(`unknown command "${args.positional.join(' ')}"`);
  const dataDir = args.flags.data ?? DEFAULT_DATA_DIR;
  const redisUrl = args.flags.redis ?? (process.env.REDIS_URL || undefined);
  const server = await startSyncServer({
    port: portOf(args.flags.port),
    host: args.flags.host ?? '127.0.0.1',
    dataDir,
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    secret: process.env.STEWARD_SYNC_SECRET,
    log: printError,
  });
  const where = process.env.DATABASE_URL ? 'PostgreSQL from DATABASE_URL' : `embedded PostgreSQL in ${dataDir}/postgres`;
  print(`Steward sync server listening on ${server.url} (data: ${where}${redisUrl ? '; in step with other instances through Redis' : ''})`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    printError(`${signal}: storing documents and stopping…`);
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        printError(`stopping failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stop(signal));
}

async function main(argv: readonly string[]): Promise<void> {
  if (isTeamCommand(argv)) {
    process.exitCode = await runTeamCommand(argv, { stdout: print, stderr: printError, now: () => new Date(), env: process.env });
    return;
  }
  await serve(argv);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  printError(error instanceof CliError ? error.message : `the sync server failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
