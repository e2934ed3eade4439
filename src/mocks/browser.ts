/**
 * Starts the sandbox's IAM in the page: the engine on a scenario's state, answered
 * through MSW's service worker. Only main.tsx imports this (lazily), so neither MSW
 * nor the engine weighs on the console's first bundle.
 */
import { setupWorker } from 'msw/browser';
import type { IamState, PolicyCatalog } from '../iam/types';
import { createBrowserCatalog } from './catalog/browser-catalog';
import { createIamHandlers } from './handlers';
import { createMockIamRuntime, type MockIamRuntime } from './runtime';
import { buildScenario, type ScenarioName } from './scenarios';

export interface StartMockIamOptions {
  /** the account to start with (default: the `default` scenario) */
  scenario?: ScenarioName;
  /** a restored account; wins over `scenario` */
  state?: IamState;
  /** the AWS managed policy catalog, when the caller has loaded it already */
  catalog?: PolicyCatalog;
  /** serializes mutations with the sandbox's other tabs (see persistence/sandbox-sync) */
  mutationLock?: () => Promise<() => void>;
}

let starting: Promise<MockIamRuntime> | undefined;
let running: MockIamRuntime | undefined;

/** Idempotent: a page has one worker and one account. */
export function startMockIam(options: StartMockIamOptions = {}): Promise<MockIamRuntime> {
  starting ??= start(options).catch((error: unknown) => {
    starting = undefined;
    throw error;
  });
  return starting;
}

/** The started runtime, for sandbox controls (reset, faults, persistence). */
export function mockIamRuntime(): MockIamRuntime | undefined {
  return running;
}

async function start(options: StartMockIamOptions): Promise<MockIamRuntime> {
  const catalog = options.catalog ?? (await createBrowserCatalog());
  const runtime = createMockIamRuntime({
    state: options.state ?? buildScenario(options.scenario ?? 'default', catalog),
    catalog,
    mutationLock: options.mutationLock,
  });
  await setupWorker(...createIamHandlers(runtime.handle)).start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  running = runtime;
  return runtime;
}
