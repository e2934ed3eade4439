/**
 * The sandbox's own controls — scenarios, reset, export and import, faults, the saved
 * state — as the console sees them. The console never imports the mock IAM: main.tsx
 * builds these controls from it and hands them down through SandboxControlsContext, so
 * the same pages would run against a sandbox server that offers no such controls.
 */
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';

export interface SandboxScenario {
  name: string;
  title: string;
  description: string;
}

export type SandboxFaultError = 'Throttling' | 'ServiceFailure' | 'AccessDenied';

export interface SandboxFaultRule {
  /** an IAM action (`CreateGroup`); every action when absent */
  action?: string;
  error: SandboxFaultError;
  /** chance (0–1) that a matching call fails; 1 when absent */
  probability?: number;
  /** fail this many matching calls, then stop; forever when absent */
  times?: number;
}

export interface SandboxFaults {
  latencyMs?: number;
  rules?: SandboxFaultRule[];
}

export interface SandboxSaveStatus {
  /** `error`: the last change could not be saved, or another tab's could not be read */
  kind: 'saved' | 'error';
  revision: number;
  savedAt?: string;
  message?: string;
}

export interface SandboxStatus {
  /** the scenario the sandbox was last reset to */
  scenario?: string;
  /** the file the sandbox was last imported from (after the reset, if any) */
  importedFrom?: string;
  save: SandboxSaveStatus;
  /** this tab's faults */
  faults?: SandboxFaults;
  /** URL parameters the sandbox could not use, with the reason */
  bootProblems: readonly string[];
}

export type ImportResult = { ok: true } | { ok: false; problem: string };

/** `state-replaced`: the whole account changed (reset, import, another tab): refetch everything. */
export type SandboxEvent = 'state-replaced' | 'status-changed';

export interface SandboxControls {
  readonly scenarios: readonly SandboxScenario[];
  /** IAM actions a fault can target */
  readonly actions: readonly string[];
  /** the same object until something changes (for useSyncExternalStore) */
  status(): SandboxStatus;
  subscribe(listener: (event: SandboxEvent) => void): () => void;
  reset(scenario: string): Promise<void>;
  /** the whole account as JSON text */
  exportState(): string;
  /** replaces the account with the file's, or leaves it untouched and says what is wrong */
  importState(json: string, fileName?: string): Promise<ImportResult>;
  setFaults(faults: SandboxFaults | undefined): void;
}

export const SandboxControlsContext = createContext<SandboxControls | undefined>(undefined);

/** undefined when the console runs without an in-browser sandbox */
export function useSandboxControls(): SandboxControls | undefined {
  return useContext(SandboxControlsContext);
}

export function useSandboxStatus(controls: SandboxControls | undefined): SandboxStatus | undefined {
  const subscribe = useCallback((listener: () => void) => controls?.subscribe(listener) ?? (() => {}), [controls]);
  const read = useCallback(() => controls?.status(), [controls]);
  return useSyncExternalStore(subscribe, read);
}
