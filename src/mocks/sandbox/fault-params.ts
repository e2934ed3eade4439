/**
 * Fault rules written as text, for URLs and the tab's session:
 * `ACTION:ERROR[:RATE][:TIMES]` — `AttachGroupPolicy:Throttling`, `*:ServiceFailure:0.5`
 * (half of all calls), `CreateGroup:Throttling:once`, `CreateGroup:AccessDenied:x3`.
 * Anything that is not a known action, error, rate or count is refused with the reason.
 */
import { IAM_ACTIONS } from '../../iam/actions';
import type { ActionName } from '../action-specs';
import { FAULT_ERRORS, type FaultError, type FaultRule, type FaultSettings } from '../faults';

export const MAX_LATENCY_MS = 60_000;

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

const lookup = <T extends string>(values: readonly T[], text: string) =>
  values.find((value) => value.toLowerCase() === text.toLowerCase());

export function parseFaultRule(text: string): Parsed<FaultRule> {
  const [actionText = '', errorText = '', ...extras] = text.trim().split(':');
  const refuse = (why: string): Parsed<FaultRule> => ({ ok: false, problem: `fault=${text}: ${why}` });
  const action = actionText === '*' || actionText === '' ? undefined : lookup(IAM_ACTIONS, actionText);
  if (actionText !== '*' && actionText !== '' && !action) return refuse(`"${actionText}" is not an IAM action of the sandbox (or * for all)`);
  const error = lookup(FAULT_ERRORS, errorText);
  if (!error) return refuse(`the error must be ${FAULT_ERRORS.join(', ')}`);
  const rule: FaultRule = { ...(action ? { action: action as ActionName } : {}), error };
  for (const extra of extras) {
    const times = /^(?:once|x(\d+)|(\d+)x)$/i.exec(extra);
    if (times) {
      rule.times = Number(times[1] ?? times[2] ?? 1);
      if (rule.times < 1) return refuse('the count must be at least x1');
    } else if (/^(?:0|1|0?\.\d+|1\.0*)$/.test(extra)) {
      rule.probability = Number(extra);
    } else {
      return refuse(`"${extra}" is neither a rate from 0 to 1 (0.5) nor a count (once, x3)`);
    }
  }
  return { ok: true, value: rule };
}

export function parseLatency(text: string): Parsed<number> {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || value > MAX_LATENCY_MS) {
    return { ok: false, problem: `latency=${text}: expected milliseconds from 0 to ${MAX_LATENCY_MS}` };
  }
  return { ok: true, value };
}

export function formatFaultRule(rule: FaultRule): string {
  const parts: string[] = [rule.action ?? '*', rule.error];
  if (rule.probability !== undefined && rule.probability !== 1) parts.push(String(rule.probability));
  if (rule.times !== undefined) parts.push(rule.times === 1 ? 'once' : `x${rule.times}`);
  return parts.join(':');
}

/** Latency and rules from text; the problems of what was left out. */
export function parseFaults(latency: string | undefined, rules: readonly string[]): { faults?: FaultSettings; problems: string[] } {
  const problems: string[] = [];
  const settings: FaultSettings = {};
  if (latency !== undefined) {
    const parsed = parseLatency(latency);
    if (parsed.ok) settings.latencyMs = parsed.value;
    else problems.push(parsed.problem);
  }
  for (const text of rules) {
    const parsed = parseFaultRule(text);
    if (parsed.ok) (settings.rules ??= []).push(parsed.value);
    else problems.push(parsed.problem);
  }
  return { faults: normalizeFaults(settings), problems };
}

/** Settings from anywhere (a form, the session) kept only if valid; undefined when they do nothing. */
export function normalizeFaults(value: unknown): FaultSettings | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const input = value as { latencyMs?: unknown; rules?: unknown };
  const latencyMs =
    typeof input.latencyMs === 'number' && input.latencyMs > 0 ? Math.min(Math.round(input.latencyMs), MAX_LATENCY_MS) : undefined;
  const rules = (Array.isArray(input.rules) ? input.rules : []).flatMap((rule: unknown) => {
    const candidate = rule as Partial<Record<keyof FaultRule, unknown>>;
    if (typeof candidate !== 'object' || candidate === null) return [];
    const error = typeof candidate.error === 'string' ? lookup(FAULT_ERRORS, candidate.error) : undefined;
    const action = typeof candidate.action === 'string' ? lookup(IAM_ACTIONS, candidate.action) : undefined;
    if (!error || (candidate.action !== undefined && !action)) return [];
    const probability = typeof candidate.probability === 'number' ? Math.min(Math.max(candidate.probability, 0), 1) : undefined;
    const times = typeof candidate.times === 'number' && candidate.times >= 1 ? Math.floor(candidate.times) : undefined;
    return [cleanRule({ action: action as ActionName | undefined, error: error as FaultError, probability, times })];
  });
  if (latencyMs === undefined && rules.length === 0) return undefined;
  return { ...(latencyMs !== undefined ? { latencyMs } : {}), ...(rules.length > 0 ? { rules } : {}) };
}

function cleanRule(rule: FaultRule): FaultRule {
  return Object.fromEntries(Object.entries(rule).filter(([, value]) => value !== undefined)) as unknown as FaultRule;
}
