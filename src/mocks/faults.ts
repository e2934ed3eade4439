/**
 * Sandbox fault injection: make chosen actions slow, throttled, failing or denied, so
 * the console's error paths (and learners' retry code) can be exercised on purpose.
 * Rules are data, so a settings panel, a URL or an e2e test can set them. Faults act
 * before the engine runs: a failed call never changes the account.
 */
import { accessDenied, serviceFailure, throttling, type IamError } from '../iam/errors';
import type { ActionName } from './action-specs';

export const FAULT_ERRORS = ['Throttling', 'ServiceFailure', 'AccessDenied'] as const;
export type FaultError = (typeof FAULT_ERRORS)[number];

export interface FaultRule {
  /** the action to disturb; every action when absent */
  action?: ActionName;
  error: FaultError;
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

/** What AccessDenied names: the caller's account and the resource the call was about. */
export interface FaultTarget {
  accountId: string;
  /** the resource's ARN (or `*`), read from the request only when a denial needs it */
  resource: () => Promise<string>;
}

export interface FaultInjector {
  set(settings: FaultSettings | undefined): void;
  readonly settings: FaultSettings | undefined;
  beforeAction(action: ActionName, target?: FaultTarget): Promise<void>;
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
    async beforeAction(action, target) {
      if (!current) return;
      if (current.latencyMs && current.latencyMs > 0) {
        await new Promise((resolve) => setTimeout(resolve, current?.latencyMs));
      }
      for (const rule of current.rules ?? []) {
        if (rule.action && rule.action !== action) continue;
        const left = remaining.get(rule) ?? 0;
        if (left <= 0 || random() >= (rule.probability ?? 1)) continue;
        remaining.set(rule, left - 1);
        throw await faultError(rule.error, action, target);
      }
    },
  };
}

async function faultError(error: FaultError, action: ActionName, target?: FaultTarget): Promise<IamError> {
  if (error === 'Throttling') return throttling();
  if (error === 'ServiceFailure') return serviceFailure();
  const resource = target ? await target.resource() : '*';
  return accessDenied(target?.accountId ?? '123456789012', `iam:${action}`, resource);
}

/** The ARN IAM would name in a denial: the group, user or policy the call is about. */
export function resourceOfParams(accountId: string, params: URLSearchParams): string {
  const policyArn = params.get('PolicyArn');
  if (policyArn) return policyArn;
  const group = params.get('GroupName');
  if (group) return `arn:aws:iam::${accountId}:group/${group}`;
  const user = params.get('UserName');
  if (user) return `arn:aws:iam::${accountId}:user/${user}`;
  const policyName = params.get('PolicyName');
  if (policyName) return `arn:aws:iam::${accountId}:policy/${policyName}`;
  return '*';
}

/** whether a rule needs the request's parameters (only denials name a resource) */
export function needsTarget(settings: FaultSettings | undefined): boolean {
  return (settings?.rules ?? []).some((rule) => rule.error === 'AccessDenied');
}
