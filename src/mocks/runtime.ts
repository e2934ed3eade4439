/**
 * One running mock IAM: the engine, the request handler in front of it, and the
 * seams that persistence, cross-tab sync, scenario switching and fault injection
 * plug into — the browser worker and the Node server share this wiring.
 */
import { createIamEngine, randomId, type IamEngine } from '../iam';
import type { EngineOptions, IamState, PolicyCatalog } from '../iam/types';
import { isMutatingAction, type ActionName } from './action-specs';
import { createFaultInjector, needsTarget, resourceOfParams, type FaultSettings, type FaultTarget } from './faults';
import { createIamRequestHandler, type HandleIamRequest } from './handle-iam-request';
import { readQueryPairs } from './query-params';

export type StateChange = { kind: 'action'; action: ActionName } | { kind: 'replace' };
export type StateListener = (change: StateChange, state: IamState) => Promise<void> | void;

export interface MockIamRuntime {
  /** the current engine; a new one after replaceState */
  readonly engine: IamEngine;
  readonly handle: HandleIamRequest;
  /** Swaps the whole account (scenario reset, restore, another tab's change). */
  replaceState(state: IamState, options?: { notify?: boolean }): Promise<void>;
  setFaults(faults: FaultSettings | undefined): void;
  readonly faults: FaultSettings | undefined;
  /** Called after every successful mutation and replaceState; returns an unsubscribe. */
  subscribe(listener: StateListener): () => void;
}

export interface MockIamRuntimeOptions {
  state: IamState;
  catalog: PolicyCatalog;
  now?: () => Date;
  newId?: EngineOptions['newId'];
  requestId?: () => string;
  /**
   * Serializes mutations with other holders of the same account (other tabs): awaited
   * after faults and before the engine runs; the returned release is called once the
   * mutation's listeners (the save) have finished.
   */
  mutationLock?: () => Promise<() => void>;
}

export function createMockIamRuntime(options: MockIamRuntimeOptions): MockIamRuntime {
  const build = (state: IamState) =>
    createIamEngine({
      state,
      catalog: options.catalog,
      now: options.now ?? (() => new Date()),
      newId: options.newId ?? randomId,
    });
  let engine = build(options.state);
  const listeners = new Set<StateListener>();
  const faults = createFaultInjector();

  const notify = async (change: StateChange) => {
    for (const listener of [...listeners]) await listener(change, engine.state);
  };

  const handle: HandleIamRequest = async (request) => {
    // A denial names the resource, read from a copy so the handler still gets the body.
    const probe = needsTarget(faults.settings) ? request.clone() : undefined;
    const target: FaultTarget | undefined = probe && {
      accountId: engine.state.accountId,
      resource: async () => resourceOfParams(engine.state.accountId, await readQueryPairs(probe)),
    };
    let release: (() => void) | undefined;
    // One handler per request, so each request's lock is released by that request alone.
    const handleOne = createIamRequestHandler(() => engine, {
      requestId: options.requestId,
      beforeAction: async (action) => {
        await faults.beforeAction(action, target);
        if (options.mutationLock && isMutatingAction(action)) release = await options.mutationLock();
      },
      onMutation: (action) => notify({ kind: 'action', action }),
    });
    try {
      return await handleOne(request);
    } finally {
      release?.();
    }
  };

  return {
    get engine() {
      return engine;
    },
    handle,
    async replaceState(state, { notify: shouldNotify = true } = {}) {
      engine = build(state);
      if (shouldNotify) await notify({ kind: 'replace' });
    },
    setFaults: (settings) => faults.set(settings),
    get faults() {
      return faults.settings;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
