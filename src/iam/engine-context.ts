/**
 * What every operation module shares: the persisted state (mutated in place),
 * the injected clock and ID source, and the in-memory indexes that keep each
 * call O(page). Indexes are derived from the state once, when the engine starts.
 */
import { isoSeconds } from './clock';
import { PathIndexedKeys } from './path-index';
import { PolicyDirectory } from './policy-directory';
import { SortedKeys } from './sorted-keys';
import type { EngineOptions, IamState, PolicyCatalog } from './types';

export interface EngineContext {
  readonly state: IamState;
  readonly catalog: PolicyCatalog;
  readonly accountId: string;
  /** group keys (lower-cased names), sorted, with paths */
  readonly groups: PathIndexedKeys;
  readonly users: PathIndexedKeys;
  /** group key → its members' user keys, sorted (GetGroup lists members by name) */
  readonly members: Map<string, SortedKeys>;
  readonly policies: PolicyDirectory;
  readonly newId: EngineOptions['newId'];
  /** the current time as IAM prints it */
  now(): string;
}

export function createEngineContext(options: EngineOptions): EngineContext {
  const { state, catalog } = options;
  const policies = new PolicyDirectory(catalog, state);
  const groupEntries = Object.entries(state.groups);
  const groups = new PathIndexedKeys(groupEntries.map(([key, group]) => [key, group.Path] as const));
  const users = new PathIndexedKeys(Object.entries(state.users).map(([key, user]) => [key, user.Path] as const));
  const members = new Map(groupEntries.map(([key, group]) => [key, new SortedKeys(group.users)]));
  return {
    state,
    catalog,
    accountId: state.accountId,
    groups,
    users,
    members,
    policies,
    newId: options.newId,
    now: () => isoSeconds(options.now()),
  };
}
