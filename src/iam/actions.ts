/**
 * The IAM actions the engine implements, by their wire names (`CreateGroup`),
 * for code that needs them at run time (the protocol layer's dispatch, the
 * in-browser CLI). The type check below keeps this list equal to IamOperations.
 */
import type { IamOperations } from './operations';

export type IamActionName = Capitalize<keyof IamOperations & string>;

export const IAM_ACTIONS = [
  'CreateGroup',
  'GetGroup',
  'ListGroups',
  'UpdateGroup',
  'DeleteGroup',
  'AddUserToGroup',
  'RemoveUserFromGroup',
  'ListGroupsForUser',
  'AttachGroupPolicy',
  'DetachGroupPolicy',
  'ListAttachedGroupPolicies',
  'PutGroupPolicy',
  'GetGroupPolicy',
  'ListGroupPolicies',
  'DeleteGroupPolicy',
  'CreateUser',
  'GetUser',
  'ListUsers',
  'UpdateUser',
  'DeleteUser',
  'AttachUserPolicy',
  'DetachUserPolicy',
  'ListAttachedUserPolicies',
  'PutUserPolicy',
  'GetUserPolicy',
  'ListUserPolicies',
  'DeleteUserPolicy',
  'CreatePolicy',
  'GetPolicy',
  'GetPolicyVersion',
  'ListPolicies',
  'DeletePolicy',
  'ListEntitiesForPolicy',
  'GetAccountSummary',
] as const satisfies readonly IamActionName[];

// Fails to compile when an operation is missing from the list above.
type Missing = Exclude<IamActionName, (typeof IAM_ACTIONS)[number]>;
const complete: Missing extends never ? true : never = true;
void complete;

/** `CreateGroup` → `createGroup` */
export function operationNameOf(action: IamActionName): keyof IamOperations {
  return (action.charAt(0).toLowerCase() + action.slice(1)) as keyof IamOperations;
}

export function isIamAction(value: string): value is IamActionName {
  return (IAM_ACTIONS as readonly string[]).includes(value);
}
