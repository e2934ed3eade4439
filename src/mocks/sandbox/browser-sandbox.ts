/**
 * The sandbox controls the console's Sandbox settings page uses (src/api/sandbox-controls
 * describes them; main.tsx checks that this object fits). They act on the running mock
 * IAM and its cross-tab sync, and tell the console when the whole account changed.
 */
import { IAM_ACTIONS } from '../../iam/actions';
import type { PolicyCatalog } from '../../iam/types';
import type { SandboxSync } from '../persistence/sandbox-sync';
import type { MockIamRuntime } from '../runtime';
import { SCENARIOS, buildScenario, isScenarioName } from '../scenarios';
import { normalizeFaults } from './fault-params';
import { writeSessionFaults } from './session-faults';
import type { StateReader } from './state-reader';

export interface BrowserSandboxOptions {
  runtime: MockIamRuntime;
  sync: SandboxSync;
  catalog: PolicyCatalog;
  readState: StateReader;
  bootProblems: readonly string[];
}

type Event = 'state-replaced' | 'status-changed';

export function createBrowserSandbox({ runtime, sync, catalog, readState, bootProblems }: BrowserSandboxOptions) {
  const listeners = new Set<(event: Event) => void>();
  let cached: ReturnType<typeof readStatus> | undefined;
  const readStatus = () => ({
    scenario: sync.origin.scenario,
    importedFrom: sync.origin.importedFrom,
    save: sync.status,
    faults: runtime.faults,
    bootProblems,
  });
  const emit = (event: Event) => {
    cached = undefined;
    for (const listener of [...listeners]) listener(event);
  };
  runtime.subscribe((change) => (change.kind === 'replace' ? emit('state-replaced') : undefined));
  sync.onChange(() => emit('status-changed'));

  return {
    scenarios: SCENARIOS,
    actions: [...IAM_ACTIONS].sort(),
    status() {
      return (cached ??= readStatus());
    },
    subscribe(listener: (event: Event) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async reset(scenario: string) {
      if (!isScenarioName(scenario)) throw new Error(`Unknown scenario "${scenario}"`);
      await sync.replace(buildScenario(scenario, catalog), { scenario });
    },
    exportState: () => `${JSON.stringify(runtime.engine.state, null, 2)}\n`,
    async importState(json: string, fileName?: string) {
      const reading = readState(json);
      if (!reading.ok) return reading;
      await sync.replace(reading.state, { importedFrom: fileName ?? 'a file' });
      return { ok: true as const };
    },
    setFaults(faults: unknown) {
      const settings = normalizeFaults(faults);
      runtime.setFaults(settings);
      writeSessionFaults(settings);
      emit('status-changed');
    },
  };
}

export type BrowserSandbox = ReturnType<typeof createBrowserSandbox>;
