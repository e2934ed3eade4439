/**
 * The Query protocol's view of each IAM action: its parameters in botocore model
 * order (AWS reports validation errors in that order), their wire types, and
 * whether the action changes state. The engine validates values (patterns,
 * lengths, quotas); this table only tells strings from numbers and booleans,
 * and what must be present.
 */
import type { IamActionName } from '../iam/actions';
import type { IamOperations } from '../iam/operations';

export type ActionName = IamActionName;

export type ParamType =
  | { kind: 'string' }
  | { kind: 'integer' }
  | { kind: 'boolean' }
  | { kind: 'enum'; values: readonly string[] };

export interface ParamSpec {
  type: ParamType;
  required?: true;
}

export interface ActionSpec {
  mutates: boolean;
  params: Readonly<Record<string, ParamSpec>>;
}

const str: ParamSpec = { type: { kind: 'string' } };
const required: ParamSpec = { type: { kind: 'string' }, required: true };
const int: ParamSpec = { type: { kind: 'integer' } };
const bool: ParamSpec = { type: { kind: 'boolean' } };
const oneOf = (...values: string[]): ParamSpec => ({ type: { kind: 'enum', values } });

const paging = { Marker: str, MaxItems: int };
const usageFilter = oneOf('PermissionsPolicy', 'PermissionsBoundary');

const read = (params: Record<string, ParamSpec>): ActionSpec => ({ mutates: false, params });
const write = (params: Record<string, ParamSpec>): ActionSpec => ({ mutates: true, params });

export const ACTION_SPECS = {
  // groups
  CreateGroup: write({ Path: str, GroupName: required }),
  GetGroup: read({ GroupName: required, ...paging }),
  ListGroups: read({ PathPrefix: str, ...paging }),
  UpdateGroup: write({ GroupName: required, NewPath: str, NewGroupName: str }),
  DeleteGroup: write({ GroupName: required }),
  AddUserToGroup: write({ GroupName: required, UserName: required }),
  RemoveUserFromGroup: write({ GroupName: required, UserName: required }),
  ListGroupsForUser: read({ UserName: required, ...paging }),
  AttachGroupPolicy: write({ GroupName: required, PolicyArn: required }),
  DetachGroupPolicy: write({ GroupName: required, PolicyArn: required }),
  ListAttachedGroupPolicies: read({ GroupName: required, PathPrefix: str, ...paging }),
  PutGroupPolicy: write({ GroupName: required, PolicyName: required, PolicyDocument: required }),
  GetGroupPolicy: read({ GroupName: required, PolicyName: required }),
  ListGroupPolicies: read({ GroupName: required, ...paging }),
  DeleteGroupPolicy: write({ GroupName: required, PolicyName: required }),

  // users
  CreateUser: write({ Path: str, UserName: required }),
  // IAM defaults UserName to the caller; the sandbox has no calling user, so it is required.
  GetUser: read({ UserName: required }),
  ListUsers: read({ PathPrefix: str, ...paging }),
  UpdateUser: write({ UserName: required, NewPath: str, NewUserName: str }),
  DeleteUser: write({ UserName: required }),
  AttachUserPolicy: write({ UserName: required, PolicyArn: required }),
  DetachUserPolicy: write({ UserName: required, PolicyArn: required }),
  ListAttachedUserPolicies: read({ UserName: required, PathPrefix: str, ...paging }),
  PutUserPolicy: write({ UserName: required, PolicyName: required, PolicyDocument: required }),
  GetUserPolicy: read({ UserName: required, PolicyName: required }),
  ListUserPolicies: read({ UserName: required, ...paging }),
  DeleteUserPolicy: write({ UserName: required, PolicyName: required }),

  // managed policies
  CreatePolicy: write({ PolicyName: required, Path: str, PolicyDocument: required, Description: str }),
  GetPolicy: read({ PolicyArn: required }),
  GetPolicyVersion: read({ PolicyArn: required, VersionId: required }),
  ListPolicies: read({
    Scope: oneOf('All', 'AWS', 'Local'),
    OnlyAttached: bool,
    PathPrefix: str,
    PolicyUsageFilter: usageFilter,
    ...paging,
  }),
  DeletePolicy: write({ PolicyArn: required }),
  ListEntitiesForPolicy: read({
    PolicyArn: required,
    EntityFilter: oneOf('User', 'Role', 'Group', 'LocalManagedPolicy', 'AWSManagedPolicy'),
    PathPrefix: str,
    PolicyUsageFilter: usageFilter,
    ...paging,
  }),

  // account
  GetAccountSummary: read({}),
} as const satisfies Record<ActionName, ActionSpec>;

export const ACTION_NAMES = Object.keys(ACTION_SPECS) as ActionName[];

/** Actions after which state must be saved (persistence and cross-tab sync hook onto these). */
export const MUTATING_ACTIONS: readonly ActionName[] = ACTION_NAMES.filter((name) => ACTION_SPECS[name].mutates);

export function isActionName(value: string): value is ActionName {
  return Object.prototype.hasOwnProperty.call(ACTION_SPECS, value);
}

export function isMutatingAction(action: string): boolean {
  return isActionName(action) && ACTION_SPECS[action].mutates;
}

/** `CreateGroup` → `createGroup`: the engine method for an action. */
export function methodNameOf(action: ActionName): keyof IamOperations {
  return (action.charAt(0).toLowerCase() + action.slice(1)) as keyof IamOperations;
}
