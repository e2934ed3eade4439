/**
 * Checks that a parsed state file is an IamState the engine can run on, and says
 * what is wrong otherwise. A file that fails here is never overwritten: it may be a
 * learner's work from a newer or older sandbox.
 */
import type { IamState } from '../src/iam/types';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function stateProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'it is not a JSON object';
  if (value.schemaVersion !== 1) {
    return `its schemaVersion is ${JSON.stringify(value.schemaVersion)}; this sandbox reads schemaVersion 1`;
  }
  if (typeof value.accountId !== 'string' || !/^\d{12}$/.test(value.accountId)) {
    return 'its accountId is not a 12-digit account number';
  }
  return (
    recordsProblem(value, 'users', ['UserName', 'UserId', 'Arn', 'Path', 'CreateDate'], ['groups', 'attachedPolicies']) ??
    recordsProblem(value, 'groups', ['GroupName', 'GroupId', 'Arn', 'Path', 'CreateDate'], ['users', 'attachedPolicies']) ??
    recordsProblem(value, 'policies', ['PolicyName', 'PolicyId', 'Arn', 'Path', 'DefaultVersionId'], ['versions'])
  );
}

export function isIamState(value: unknown): value is IamState {
  return stateProblem(value) === undefined;
}

function recordsProblem(state: Json, field: string, strings: string[], lists: string[]): string | undefined {
  const records = state[field];
  if (!isObject(records)) return `"${field}" is missing or not an object`;
  for (const [key, record] of Object.entries(records)) {
    if (!isObject(record)) return `${field}["${key}"] is not an object`;
    const missing = strings.find((name) => typeof record[name] !== 'string');
    if (missing) return `${field}["${key}"].${missing} is missing or not a string`;
    const notList = lists.find((name) => !Array.isArray(record[name]));
    if (notList) return `${field}["${key}"].${notList} is missing or not a list`;
  }
  return undefined;
}
