/**
 * Sandbox fault injection: make chosen actions slow, throttled or failing, so the
 * console's error paths (and learners' retry code) can be exercised on purpose.
 * Rules are data, so a settings panel, a URL or an e2e test can set them.
 */
import { serviceFailure, throttling } from '../iam/errors';
import type { ActionName } from './action-specs';

export interface FaultRule {
  /** the action to disturb; every action when absent */
  action?: ActionName;
  error: 'Throttling' | 'ServiceFailure';
  /** fail this many matching calls, then stop; forever when absent */
  times?: number;
  /** chance (0–1) that a matching call fails; 1 when absent */
  probability?: number;
}

export interface FaultSettings {
  /** added to every action, before it runs */
  latencyMs?: number;
  rules?: FaultRule[];
}

export interface FaultInjector {
  set(settings: FaultSettings | undefined): void;
  readonly settings: FaultSettings | undefined;
  beforeAction(action: ActionName): Promise<void>;
}

export function createFaultInjector(random: () => number = Math.random): FaultInjector {
  let current: FaultSettings | undefined;
  // `times` counts down per rule; the caller's objects are never mutated.
  let remaining = new Map<FaultRule, number>();

  return {
    get settings() {
      return current;
    },
    set(settings) {
      current = settings;
      remaining = new Map((settings?.rules ?? []).map((rule) => [rule, rule.times ?? Infinity]));
    },
    async beforeAction(action) {
      if (!current) return;
      if (current.latencyMs && current.latencyMs > 0) {
        await new Promise((resolve) => setTimeout(resolve, current?.latencyMs));
      }
      for (const rule of current.rules ?? []) {
        if (rule.action && rule.action !== action) continue;
        const left = remaining.get(rule) ?? 0;
        if (left <= 0 || random() >= (rule.probability ?? 1)) continue;
        remaining.set(rule, left - 1);
        throw rule.error === 'Throttling' ? throttling() : serviceFailure();
      }
    },
  };
}
