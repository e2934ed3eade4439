/**
 * Command-line flags and environment of the sandbox server. Flags win over the
 * environment, which wins over the defaults.
 */
import { parseArgs } from 'node:util';

export interface ServerOptions {
  host: string;
  port: number;
  /** a scenario name given with --scenario, or undefined to keep the saved state */
  scenario?: string;
  stateFile: string;
  /** replace an existing state file with the scenario's state (--scenario, or `default`) */
  reset: boolean;
  help: boolean;
}

export const DEFAULT_PORT = 4510;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_STATE_FILE = '.sandbox/state.json';

export const USAGE = `Usage: npm run server -- [options]

  --port N         port to listen on (env PORT, default ${DEFAULT_PORT}; 0 picks a free one)
  --host H         address to bind (env HOST, default ${DEFAULT_HOST})
  --scenario NAME  start from a scenario (empty, default, …) instead of the saved state
  --state FILE     where the account is saved (env SANDBOX_STATE_FILE, default ${DEFAULT_STATE_FILE})
  --reset          replace the saved account with the scenario's (default: "default")
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
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const portText = values.port ?? env.PORT ?? String(DEFAULT_PORT);
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    throw new Error(`Invalid port "${portText}": use a number from 0 to 65535.`);
  }
  return {
    host: values.host ?? env.HOST ?? DEFAULT_HOST,
    port,
    scenario: values.scenario,
    stateFile: values.state ?? env.SANDBOX_STATE_FILE ?? DEFAULT_STATE_FILE,
    reset: values.reset ?? false,
    help: values.help ?? false,
  };
}
