/**
 * Faults belong to one tab: they are kept in sessionStorage, so a reload keeps them
 * for that tab while other tabs (and tomorrow's session) run undisturbed.
 */
import type { FaultSettings } from '../faults';
import { normalizeFaults } from './fault-params';

const KEY = 'iam-console-sandbox:faults';

export function readSessionFaults(): FaultSettings | undefined {
  try {
    const text = sessionStorage.getItem(KEY);
    return text ? normalizeFaults(JSON.parse(text)) : undefined;
  } catch {
    // Storage disabled or a damaged entry: run without faults.
    return undefined;
  }
}

export function writeSessionFaults(faults: FaultSettings | undefined) {
  try {
    if (faults) sessionStorage.setItem(KEY, JSON.stringify(faults));
    else sessionStorage.removeItem(KEY);
  } catch {
    // Without sessionStorage the faults still apply until the next reload.
  }
}
