/**
 * `npm run server`: the sandbox IAM for the real AWS CLI and SDKs (`--endpoint-url`),
 * running the same engine and protocol handler as the browser sandbox, with the
 * account kept in a JSON file across restarts. When the console is built, the server
 * serves it too, and that console works on the server's account.
 */
import { createNodeCatalog } from '../src/mocks/catalog/node-catalog';
import { createMockIamRuntime } from '../src/mocks/runtime';
import type { PolicyCatalog } from '../src/iam/types';
import type { FaultSettings } from '../src/mocks/faults';
import { formatFaultRule } from '../src/mocks/sandbox/fault-params';
import { StartupError, chooseInitialState, type InitialState } from './initial-state';
import { USAGE, parseServerOptions, type ServerOptions } from './options';
import { createSandboxServer } from './sandbox-server';
import { createStateWriter } from './state-file';
import { createStaticConsole } from './static-console';

function fail(message: string, exitCode = 1): never {
  console.error(`\n${message}\n`);
  process.exit(exitCode);
}

function readOptions(): ServerOptions {
  try {
    return parseServerOptions(process.argv.slice(2), process.env);
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${USAGE}`, 2);
  }
}

function startingState(options: ServerOptions, catalog: PolicyCatalog): InitialState {
  try {
    return chooseInitialState(options, catalog);
  } catch (error) {
    if (error instanceof StartupError) fail(error.message);
    throw error;
  }
}

function describeFaults({ latencyMs, rules = [] }: FaultSettings): string {
  const parts = rules.map(formatFaultRule);
  if (latencyMs) parts.unshift(`${latencyMs} ms latency`);
  return parts.join(', ');
}

async function main(): Promise<void> {
  const options = readOptions();
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const catalog = createNodeCatalog();
  const initial = startingState(options, catalog);

  const runtime = createMockIamRuntime({ state: initial.state, catalog });
  runtime.setFaults(options.faults);
  const writer = createStateWriter(options.stateFile, () => runtime.engine.state);
  runtime.subscribe(() =>
    writer.save().catch((error: unknown) => {
      // The call itself succeeded; say loudly that it will not survive a restart.
      console.error(`Could not save the account to ${options.stateFile}: ${(error as Error).message}`);
    }),
  );
  if (initial.fresh) await writer.save();

  const staticConsole = options.consoleDir === undefined ? undefined : createStaticConsole(options.consoleDir);
  const server = createSandboxServer(runtime.handle, { console: staticConsole });
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') fail(`Port ${options.port} on ${options.host} is in use: choose another with --port.`);
    fail(`The server could not start: ${error.message}`);
  });
  server.listen(options.port, options.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    const host = options.host.includes(':') ? `[${options.host}]` : options.host;
    const url = `http://${host}:${port}`;
    console.log(`IAM sandbox listening on ${url}`);
    console.log(`  account ${runtime.engine.state.accountId}: ${initial.origin}`);
    if (options.faults) console.log(`  faults on purpose: ${describeFaults(options.faults)}`);
    if (staticConsole?.isBuilt()) console.log(`  Console: ${url}/#/groups`);
    else if (staticConsole) console.log(`  (no console build in ${staticConsole.dir}: npm run build to serve the console here too)`);
    console.log(`  try:  aws --endpoint-url ${url} iam list-users`);
    console.log('  (any credentials and region work, e.g. AWS_ACCESS_KEY_ID=sandbox AWS_SECRET_ACCESS_KEY=sandbox AWS_DEFAULT_REGION=us-east-1)');
  });

  const stop = (signal: NodeJS.Signals) => {
    console.log(`\n${signal}: stopping the IAM sandbox.`);
    server.close();
    server.closeAllConnections();
    // Mutations are saved before they are answered; this waits for a write still in flight.
    void writer.idle().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

void main();
