/**
 * Boots the browser sandbox: applies the URL's scenario and faults, restores the
 * saved account (or explains why it cannot), starts the mock IAM with cross-tab
 * saving, and returns the controls for the console. Only main.tsx calls this.
 */
import type { IamState, PolicyCatalog } from '../../iam/types';
import { startMockIam } from '../browser';
import { createBrowserCatalog } from '../catalog/browser-catalog';
import type { FaultSettings } from '../faults';
import { createSandboxSync, type SandboxOrigin } from '../persistence/sandbox-sync';
import { createStateStore, type StateStore } from '../persistence/state-store';
import { createTabLock } from '../persistence/tab-lock';
import { SCENARIOS, buildScenario, isScenarioName, type ScenarioInfo } from '../scenarios';
import { createBrowserSandbox, type BrowserSandbox } from './browser-sandbox';
import { parseFaults } from './fault-params';
import { readSessionFaults, writeSessionFaults } from './session-faults';
import { createStateReader, savedValueAsText, type StateReader } from './state-reader';
import type { SandboxUrlParams } from './url-params';

export const SANDBOX_CHANNEL = 'iam-console-sandbox';

export type SandboxBoot =
  | { kind: 'ready'; sandbox: BrowserSandbox }
  | {
      kind: 'unreadable';
      problem: string;
      /** the saved state exactly as stored, for the learner to keep */
      savedText: string;
      scenarios: readonly ScenarioInfo[];
      reset(scenario: string): Promise<BrowserSandbox>;
    };

interface Context {
  catalog: PolicyCatalog;
  store: StateStore;
  readState: StateReader;
  faults: FaultSettings | undefined;
  problems: string[];
}

interface Start {
  state: IamState;
  revision: number;
  origin: SandboxOrigin;
  savedAt?: string;
  /** save at once: a scenario chosen now, or the first run */
  publish: boolean;
  storageProblem?: string;
}

export async function startSandbox(params: SandboxUrlParams): Promise<SandboxBoot> {
  const problems: string[] = [];
  const scenario = params.scenario;
  if (scenario !== undefined && !isScenarioName(scenario)) {
    problems.push(`scenario=${scenario}: not a scenario; choose ${SCENARIOS.map((info) => info.name).join(', ')}`);
  }
  const fromUrl = params.latency !== undefined || params.faults.length > 0 ? parseFaults(params.latency, params.faults) : undefined;
  if (fromUrl) {
    problems.push(...fromUrl.problems);
    writeSessionFaults(fromUrl.faults);
  }
  for (const problem of problems) console.warn(`Sandbox URL parameter ignored: ${problem}`);

  const catalog = await createBrowserCatalog();
  const context: Context = {
    catalog,
    store: createStateStore(),
    readState: createStateReader(catalog),
    faults: fromUrl ? fromUrl.faults : readSessionFaults(),
    problems,
  };
  if (scenario !== undefined && isScenarioName(scenario)) {
    return ready(context, { state: buildScenario(scenario, catalog), revision: 0, origin: { scenario }, publish: true });
  }

  let saved: Awaited<ReturnType<StateStore['read']>>;
  try {
    saved = await context.store.read();
  } catch (error) {
    const storageProblem = `This browser's storage (IndexedDB) is unavailable, so changes last only until this tab closes: ${(error as Error).message}`;
    return ready(context, { state: buildScenario('default', catalog), revision: 0, origin: { scenario: 'default' }, publish: false, storageProblem });
  }
  if (!saved) {
    return ready(context, { state: buildScenario('default', catalog), revision: 0, origin: { scenario: 'default' }, publish: true });
  }
  const reading = context.readState(saved.text);
  const { meta } = saved;
  if (!reading.ok) {
    return {
      kind: 'unreadable',
      problem: reading.problem,
      savedText: savedValueAsText(saved.text),
      scenarios: SCENARIOS,
      reset: async (name) => {
        if (!isScenarioName(name)) throw new Error(`Unknown scenario "${name}"`);
        const boot = await ready(context, { state: buildScenario(name, catalog), revision: meta.revision, origin: { scenario: name }, publish: true });
        return boot.sandbox;
      },
    };
  }
  const origin = { scenario: meta.scenario, importedFrom: meta.importedFrom };
  return ready(context, { state: reading.state, revision: meta.revision, origin, savedAt: meta.savedAt, publish: false });
}

async function ready(context: Context, start: Start): Promise<{ kind: 'ready'; sandbox: BrowserSandbox }> {
  const sync = createSandboxSync({
    store: context.store,
    lock: createTabLock(`${SANDBOX_CHANNEL}:state`),
    channel: typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(SANDBOX_CHANNEL),
    readState: context.readState,
    initial: { revision: start.revision, origin: start.origin, savedAt: start.savedAt, problem: start.storageProblem },
  });
  const runtime = await startMockIam({
    state: start.state,
    catalog: context.catalog,
    mutationLock: () => sync.lockForMutation(),
  });
  runtime.setFaults(context.faults);
  sync.attach(runtime);
  if (start.publish) await sync.publish(start.origin);
  else if (!start.storageProblem) await sync.refresh();
  const sandbox = createBrowserSandbox({
    runtime,
    sync,
    catalog: context.catalog,
    readState: context.readState,
    bootProblems: context.problems,
  });
  return { kind: 'ready', sandbox };
}
