/**
 * Which account the server starts with: the saved state file, or a scenario. A saved
 * account is a learner's work, so it is replaced only with an explicit --reset (a
 * --scenario alone is refused), and a file that cannot be read is never touched.
 */
import type { IamState, PolicyCatalog } from '../src/iam/types';
import { SCENARIOS, buildScenario, isScenarioName } from '../src/mocks/scenarios';
import type { ServerOptions } from './options';
import { StateFileError, loadStateFile } from './state-file';

export class StartupError extends Error {
  override name = 'StartupError';
}

export interface InitialState {
  state: IamState;
  /** true when the state is new and should be written out at once */
  fresh: boolean;
  /** one line for the start-up banner */
  origin: string;
}

export function chooseInitialState(options: ServerOptions, catalog: PolicyCatalog): InitialState {
  const { scenario, stateFile, reset } = options;
  if (scenario !== undefined && !isScenarioName(scenario)) {
    const names = SCENARIOS.map((info) => info.name).join(', ');
    throw new StartupError(`Unknown scenario "${scenario}". Scenarios: ${names}.`);
  }
  let saved: IamState | undefined;
  try {
    saved = loadStateFile(stateFile);
  } catch (error) {
    if (!(error instanceof StateFileError)) throw error;
    throw new StartupError(
      `${error.message}\nThe file was left as it is. Move or delete it, or start with --state OTHER_FILE.`,
    );
  }
  if (saved && scenario === undefined && !reset) {
    return { state: saved, fresh: false, origin: `restored from ${stateFile}` };
  }
  if (saved && !reset) {
    throw new StartupError(
      `${stateFile} already holds a sandbox account; --scenario ${scenario} would replace it.\n` +
        `Add --reset to replace it, or leave out --scenario to keep it.`,
    );
  }
  const name = scenario !== undefined && isScenarioName(scenario) ? scenario : 'default';
  const state = buildScenario(name, catalog);
  const origin = saved
    ? `scenario "${name}" (--reset: replaced the account saved in ${stateFile})`
    : `scenario "${name}", saved to ${stateFile}`;
  return { state, fresh: true, origin };
}
