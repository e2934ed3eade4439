/**
 * Reads a sandbox state from outside — a saved state, an imported file — into an
 * `IamState` the engine can run on, or says exactly what is wrong with it:
 * `not JSON: Unexpected token …`, `users.jane.doe.UserId: expected a 21-character ID
 * starting with AIDA`. Old shapes are migrated first; nothing is ever half-accepted.
 */
import { GROUPS_PER_ACCOUNT, POLICIES_PER_ACCOUNT, USERS_PER_ACCOUNT } from '../../iam';
import type { IamState } from '../../iam/types';
import { migrateState, type Migration } from './migrations';
import { checkCustomerPolicy, checkPrincipal, type PrincipalShape } from './record-schemas';
import { SchemaProblem, at, fail, isObject, objectAt } from './schema-checks';

export type StateReading = { ok: true; state: IamState } | { ok: false; problem: string };

export interface StateReadingOptions {
  /** whether an AWS managed policy ARN exists (the catalog); any well-formed one when absent */
  isAwsPolicy?: (arn: string) => boolean;
  migrations?: Readonly<Record<number, Migration>>;
  currentVersion?: number;
}

const QUOTAS = { users: USERS_PER_ACCOUNT, groups: GROUPS_PER_ACCOUNT, policies: POLICIES_PER_ACCOUNT } as const;
const AWS_POLICY_ARN = /^arn:aws:iam::aws:policy\/(?:[\w+=,.@-]+\/)*[\w+=,.@-]+$/;

export function parseSandboxJson(text: string, options: StateReadingOptions = {}): StateReading {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: `not JSON: ${(error as Error).message}` };
  }
  return readSandboxState(value, options);
}

export function readSandboxState(value: unknown, options: StateReadingOptions = {}): StateReading {
  if (!isObject(value)) {
    return { ok: false, problem: 'expected a JSON object with schemaVersion, accountId, users, groups and policies' };
  }
  const migrated = migrateState(value, options.migrations, options.currentVersion);
  if (!migrated.ok) return migrated;
  try {
    checkState(migrated.value, options);
  } catch (error) {
    if (error instanceof SchemaProblem) return { ok: false, problem: error.message };
    throw error;
  }
  return { ok: true, state: migrated.value as unknown as IamState };
}

function checkState(state: Record<string, unknown>, options: StateReadingOptions) {
  const accountId = state.accountId;
  if (typeof accountId !== 'string' || !/^\d{12}$/.test(accountId)) fail('accountId', 'expected a 12-digit account ID');
  const users = principals('user', state, accountId);
  const groups = principals('group', state, accountId);
  const policies = objectAt(state.policies, 'policies', 'an object of customer managed policies by ARN');
  sizeAt('policies', Object.keys(policies).length, QUOTAS.policies);
  for (const [arn, policy] of Object.entries(policies)) checkCustomerPolicy(arn, policy, at('policies', arn), accountId);

  const attachable = (arn: string) =>
    Object.hasOwn(policies, arn) || (AWS_POLICY_ARN.test(arn) && (options.isAwsPolicy?.(arn) ?? true));
  crossCheck('users', users, 'groups', groups, attachable);
  crossCheck('groups', groups, 'users', users, attachable);
}

function principals(kind: 'user' | 'group', state: Record<string, unknown>, accountId: string) {
  const field = kind === 'user' ? 'users' : 'groups';
  const records = objectAt(state[field], field, `an object of ${field} by lower-cased name`);
  sizeAt(field, Object.keys(records).length, QUOTAS[field]);
  const shapes = new Map<string, PrincipalShape>();
  for (const [key, record] of Object.entries(records)) {
    shapes.set(key, checkPrincipal(kind, key, record, at(field, key), accountId));
  }
  return shapes;
}

/** Membership is stored on both sides; the two sides must agree, and policies must exist. */
function crossCheck(
  field: string,
  records: Map<string, PrincipalShape>,
  otherField: string,
  others: Map<string, PrincipalShape>,
  attachable: (arn: string) => boolean,
) {
  for (const [key, record] of records) {
    const path = at(field, key);
    record.members.forEach((member, index) => {
      const memberPath = at(at(path, field === 'users' ? 'groups' : 'users'), index);
      const other = others.get(member);
      if (!other) fail(memberPath, `expected the lower-cased name of one of the ${otherField}, found "${member}"`);
      if (!other.members.includes(key)) fail(memberPath, `${otherField}.${member} does not list ${key} back`);
    });
    record.attachedPolicies.forEach((arn, index) => {
      if (!attachable(arn)) {
        fail(at(at(path, 'attachedPolicies'), index), `expected the ARN of an AWS managed or customer managed policy, found "${arn}"`);
      }
    });
  }
}

function sizeAt(path: string, count: number, max: number) {
  if (count > max) fail(path, `expected at most ${max} (IAM's quota), found ${count}`);
}
