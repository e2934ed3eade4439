/** The persisted account: plain JSON, so persistence can store `JSON.stringify(state)` as is. */
import type { IamState } from './types';

export const DEFAULT_ACCOUNT_ID = '123456789012';

export function emptyState(accountId = DEFAULT_ACCOUNT_ID): IamState {
  return { schemaVersion: 1, accountId, users: {}, groups: {}, policies: {} };
}

function isRecordObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** a cheap shape check for state read back from storage (a stale or foreign blob is reset, not trusted) */
export function isIamState(value: unknown): value is IamState {
  return (
    isRecordObject(value) &&
    value.schemaVersion === 1 &&
    typeof value.accountId === 'string' &&
    isRecordObject(value.users) &&
    isRecordObject(value.groups) &&
    isRecordObject(value.policies)
  );
}
