/**
 * The IAM engine: one method per IAM action over a plain-JSON state that it
 * mutates in place (persistence snapshots `engine.state` after each mutating
 * call). In-memory indexes are rebuilt from the state here, once, so each call
 * costs O(1), O(log n) or O(page) even at IAM's limits.
 */
import { accountOperations } from './engine-account';
import { createEngineContext } from './engine-context';
import { groupOperations } from './engine-groups';
import { membershipOperations } from './engine-membership';
import { policyOperations } from './engine-policies';
import { policyListOperations } from './engine-policy-lists';
import { principalPolicyOperations } from './engine-principal-policies';
import { userOperations } from './engine-users';
import type { IamOperations } from './operations';
import type { EngineOptions, IamState } from './types';

export interface IamEngine extends IamOperations {
  readonly state: IamState;
}

export function createIamEngine(options: EngineOptions): IamEngine {
  const context = createEngineContext(options);
  const operations: IamOperations = {
    ...groupOperations(context),
    ...userOperations(context),
    ...membershipOperations(context),
    ...principalPolicyOperations(context),
    ...policyOperations(context),
    ...policyListOperations(context),
    ...accountOperations(context),
  };
  return { ...operations, state: context.state };
}
