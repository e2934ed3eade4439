/**
 * Reads saved or imported sandbox text against this sandbox's AWS managed policy
 * catalog, so an attachment of a policy AWS never had is refused by name.
 */
import type { PolicyCatalog } from '../../iam/types';
import { describe } from '../persistence/schema-checks';
import { parseSandboxJson, type StateReading } from '../persistence/state-schema';

export type StateReader = (text: unknown) => StateReading;

export function createStateReader(catalog: PolicyCatalog): StateReader {
  const awsPolicies = new Set(catalog.policies.map((policy) => `arn:aws:iam::aws:policy${policy.Path}${policy.PolicyName}`));
  const isAwsPolicy = (arn: string) => awsPolicies.has(arn);
  return (text) =>
    typeof text === 'string'
      ? parseSandboxJson(text, { isAwsPolicy })
      : { ok: false, problem: `not JSON: the saved state is ${describe(text)}, not JSON text` };
}

/** What to offer for download when the saved value is not text (someone wrote an object). */
export function savedValueAsText(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}
