import { useState } from 'react';
import type { SandboxFaultError, SandboxFaults } from '../../../api/sandbox-controls';

export const ALL_ACTIONS = '*';

/** One failure rule as the form holds it: text fields, checked on Apply. */
export interface FaultRuleDraft {
  action: string;
  error: SandboxFaultError;
  /** percent, 1–100 */
  rate: string;
  /** fail only the first N matching calls; empty for every call */
  times: string;
}

export interface FaultFormProblems {
  latency?: string;
  rules: { rate?: string; times?: string }[];
}

const toDrafts = (faults: SandboxFaults | undefined): FaultRuleDraft[] =>
  (faults?.rules ?? []).map((rule) => ({
    action: rule.action ?? ALL_ACTIONS,
    error: rule.error,
    rate: String(Math.round((rule.probability ?? 1) * 100)),
    times: rule.times === undefined ? '' : String(rule.times),
  }));

const wholeNumber = (text: string, min: number, max: number) =>
  /^\d+$/.test(text.trim()) && Number(text) >= min && Number(text) <= max;

/** The fault form's state, its problems, and the settings it stands for. */
export function useFaultForm(current: SandboxFaults | undefined) {
  const [latency, setLatency] = useState(current?.latencyMs ? String(current.latencyMs) : '');
  const [rules, setRules] = useState<FaultRuleDraft[]>(() => toDrafts(current));
  const [checked, setChecked] = useState(false);

  const problems: FaultFormProblems = {
    latency: latency.trim() === '' || wholeNumber(latency, 0, 60_000) ? undefined : 'Enter milliseconds from 0 to 60000.',
    rules: rules.map((rule) => ({
      rate: wholeNumber(rule.rate, 1, 100) ? undefined : 'Enter a percentage from 1 to 100.',
      times: rule.times.trim() === '' || wholeNumber(rule.times, 1, 1000) ? undefined : 'Enter a number of calls from 1 to 1000, or leave it empty.',
    })),
  };
  const valid = !problems.latency && problems.rules.every((rule) => !rule.rate && !rule.times);

  const settings = (): SandboxFaults | undefined => {
    const latencyMs = Number(latency) || undefined;
    const parsed = rules.map((rule) => ({
      ...(rule.action === ALL_ACTIONS ? {} : { action: rule.action }),
      error: rule.error,
      ...(Number(rule.rate) < 100 ? { probability: Number(rule.rate) / 100 } : {}),
      ...(rule.times.trim() ? { times: Number(rule.times) } : {}),
    }));
    if (!latencyMs && parsed.length === 0) return undefined;
    return { ...(latencyMs ? { latencyMs } : {}), ...(parsed.length ? { rules: parsed } : {}) };
  };

  return {
    latency,
    setLatency,
    rules,
    addRule: () => setRules((all) => [...all, { action: ALL_ACTIONS, error: 'Throttling', rate: '100', times: '' }]),
    removeRule: (index: number) => setRules((all) => all.filter((_, i) => i !== index)),
    updateRule: (index: number, change: Partial<FaultRuleDraft>) =>
      setRules((all) => all.map((rule, i) => (i === index ? { ...rule, ...change } : rule))),
    /** problems show once Apply was tried */
    problems: checked ? problems : { rules: [] },
    valid,
    check: () => setChecked(true),
    clear: () => {
      setLatency('');
      setRules([]);
      setChecked(false);
    },
    settings,
  };
}

export type FaultForm = ReturnType<typeof useFaultForm>;
