import type { SandboxFaultRule, SandboxFaults } from '../../../api/sandbox-controls';

const STATUS: Record<SandboxFaultRule['error'], string> = {
  Throttling: 'Throttling (400)',
  ServiceFailure: 'ServiceFailure (500)',
  AccessDenied: 'AccessDenied (403)',
};

function describeRule(rule: SandboxFaultRule): string {
  const target = rule.action ?? 'every action';
  const rate = rule.probability !== undefined && rule.probability < 1 ? ` ${Math.round(rule.probability * 100)}% of the time` : '';
  const count = rule.times === undefined ? '' : rule.times === 1 ? ', once' : `, for the first ${rule.times} calls`;
  return `${target} fails with ${STATUS[rule.error]}${rate}${count}`;
}

/** "800 ms added latency; CreateGroup fails with Throttling (400), once" */
export function describeFaults(faults: SandboxFaults): string {
  const parts: string[] = [];
  if (faults.latencyMs) parts.push(`${faults.latencyMs} ms added latency`);
  for (const rule of faults.rules ?? []) parts.push(describeRule(rule));
  return parts.join('; ');
}
