/**
 * Command-line flags and environment of the sandbox server. Flags win over the
 * environment, which wins over the defaults.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { FaultSettings } from '../src/mocks/faults';
import { parseFaults } from '../src/mocks/sandbox/fault-params';

export interface ServerOptions {
  host: string;
  port: number;
  /** a scenario name given with --scenario, or undefined to keep the saved state */
  scenario?: string;
  stateFile: string;
  /** replace an existing state file with the scenario's state (--scenario, or `default`) */
  reset: boolean;
  /** the console build to serve on GET, or undefined with --no-console */
  consoleDir?: string;
  /** --latency and --fault, written as in the console's URL parameters */
  faults?: FaultSettings;
  help: boolean;
}

export const DEFAULT_PORT = 4510;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_STATE_FILE = '.sandbox/state.json';
/** `npm run build`'s output at the repository root, wherever the server is started from */
export const DEFAULT_CONSOLE_DIR = fileURLToPath(new URL('../dist', import.meta.url));

export const USAGE = `Usage: npm run server -- [options]

  --port N         port to listen on (env PORT, default ${DEFAULT_PORT}; 0 picks a free one)
  --host H         address to bind (env HOST, default ${DEFAULT_HOST})
  --scenario NAME  start from a scenario (empty, default, …) instead of the saved state
  --state FILE     where the account is saved (env SANDBOX_STATE_FILE, default ${DEFAULT_STATE_FILE})
  --reset          replace the saved account with the scenario's (default: "default")
  --console DIR    serve the console's build from DIR on the same account
                   (env SANDBOX_CONSOLE_DIR, default: dist/ of this repository, made by npm run build)
  --no-console     answer IAM calls only; serve no console
  --latency MS     delay every IAM call by MS milliseconds
  --fault RULE     make calls fail on purpose: ACTION:ERROR[:RATE][:COUNT], e.g.
                   CreateGroup:Throttling:once or *:ServiceFailure:0.5 (repeatable)
  --help           show this text`;

export function parseServerOptions(argv: string[], env: NodeJS.ProcessEnv): ServerOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      scenario: { type: 'string' },
      state: { type: 'string' },
      reset: { type: 'boolean', default: false },
      console: { type: 'string' },
      'no-console': { type: 'boolean', default: false },
      latency: { type: 'string' },
      fault: { type: 'string', multiple: true },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const portText = values.port ?? env.PORT ?? String(DEFAULT_PORT);
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    throw new Error(`Invalid port "${portText}": use a number from 0 to 65535.`);
  }
  if (values['no-console'] && values.console !== undefined) {
    throw new Error('--console and --no-console contradict each other: use one of them.');
  }
  const { faults, problems } = parseFaults(values.latency, values.fault ?? []);
  if (problems.length > 0) {
    throw new Error(problems.map((problem) => problem.replace(/^(fault|latency)=/, '--$1 ')).join('\n'));
  }
  return {
    host: values.host ?? env.HOST ?? DEFAULT_HOST,
    port,
    scenario: values.scenario,
    stateFile: values.state ?? env.SANDBOX_STATE_FILE ?? DEFAULT_STATE_FILE,
    reset: values.reset ?? false,
    consoleDir: values['no-console'] ? undefined : (values.console ?? (env.SANDBOX_CONSOLE_DIR || DEFAULT_CONSOLE_DIR)),
    faults,
    help: values.help ?? false,
  };
}
