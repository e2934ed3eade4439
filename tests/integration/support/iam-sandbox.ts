/**
 * A fresh sandbox account per test, reached by the real `@aws-sdk/client-iam` through
 * msw/node — the same handler the browser's service worker runs. Tests talk IAM, not
 * engine calls, except to set up bulk state (quotas) where thousands of SDK calls
 * would only slow the suite down.
 */
import { IAMClient } from '@aws-sdk/client-iam';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { createNodeCatalog } from '../../../src/mocks/catalog/node-catalog';
import { createIamHandlers } from '../../../src/mocks/handlers';
import { createMockIamRuntime, type MockIamRuntime } from '../../../src/mocks/runtime';
import { buildScenario, type ScenarioName } from '../../../src/mocks/scenarios';

export const ENDPOINT = 'http://iam.sandbox.test';

/** one catalog for the whole run: its files are read once */
export const catalog = createNodeCatalog();

export function sandboxClient(): IAMClient {
  return new IAMClient({
    region: 'us-east-1',
    endpoint: ENDPOINT,
    credentials: { accessKeyId: 'AKIASANDBOX', secretAccessKey: 'sandbox' },
    // Each failure is the answer under test, not something to retry.
    maxAttempts: 1,
  });
}

export interface IamSandbox {
  readonly client: IAMClient;
  readonly runtime: MockIamRuntime;
}

/** Registers the hooks; the returned object is valid inside tests. */
export function setupIamSandbox(scenario: ScenarioName = 'default'): IamSandbox {
  let runtime: MockIamRuntime | undefined;
  const client = sandboxClient();
  const server = setupServer(...createIamHandlers((request) => current().handle(request), `${ENDPOINT}/`));
  const current = () => {
    if (!runtime) throw new Error('the sandbox is only available inside a test');
    return runtime;
  };

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    runtime = createMockIamRuntime({ state: buildScenario(scenario, catalog), catalog });
  });
  afterEach(() => {
    runtime = undefined;
  });
  afterAll(() => {
    server.close();
    client.destroy();
  });

  return {
    client,
    get runtime() {
      return current();
    },
  };
}
