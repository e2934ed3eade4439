/**
 * The engine's public surface: one method per IAM action, named after it
 * (camelCase), taking and returning the API's own shapes. The protocol layer
 * maps `Action=CreateGroup` to `createGroup` by this list.
 */
import type {
  AttachedPolicy,
  Group,
  ManagedPolicy,
  Page,
  PageInput,
  PolicyVersion,
  User,
} from './types';

type Name<K extends string> = Record<K, string>;

export interface IamOperations {
  // groups
  createGroup(i: { GroupName: string; Path?: string }): { Group: Group };
  getGroup(i: Name<'GroupName'> & PageInput): { Group: Group; Users: User[] } & Page;
  listGroups(i: { PathPrefix?: string } & PageInput): { Groups: Group[] } & Page;
  updateGroup(i: Name<'GroupName'> & { NewGroupName?: string; NewPath?: string }): Record<string, never>;
  deleteGroup(i: Name<'GroupName'>): Record<string, never>;
  addUserToGroup(i: Name<'GroupName' | 'UserName'>): Record<string, never>;
  removeUserFromGroup(i: Name<'GroupName' | 'UserName'>): Record<string, never>;
  listGroupsForUser(i: Name<'UserName'> & PageInput): { Groups: Group[] } & Page;
  attachGroupPolicy(i: Name<'GroupName' | 'PolicyArn'>): Record<string, never>;
  detachGroupPolicy(i: Name<'GroupName' | 'PolicyArn'>): Record<string, never>;
  listAttachedGroupPolicies(
    i: Name<'GroupName'> & { PathPrefix?: string } & PageInput,
  ): { AttachedPolicies: AttachedPolicy[] } & Page;
  putGroupPolicy(i: Name<'GroupName' | 'PolicyName' | 'PolicyDocument'>): Record<string, never>;
  getGroupPolicy(i: Name<'GroupName' | 'PolicyName'>): Name<'GroupName' | 'PolicyName' | 'PolicyDocument'>;
  listGroupPolicies(i: Name<'GroupName'> & PageInput): { PolicyNames: string[] } & Page;
  deleteGroupPolicy(i: Name<'GroupName' | 'PolicyName'>): Record<string, never>;

  // users
  createUser(i: { UserName: string; Path?: string }): { User: User };
  /** UserName is optional in IAM (the caller); the sandbox has no caller user, so it is required. */
  getUser(i: Name<'UserName'>): { User: User };
  listUsers(i: { PathPrefix?: string } & PageInput): { Users: User[] } & Page;
  updateUser(i: Name<'UserName'> & { NewUserName?: string; NewPath?: string }): Record<string, never>;
  deleteUser(i: Name<'UserName'>): Record<string, never>;
  attachUserPolicy(i: Name<'UserName' | 'PolicyArn'>): Record<string, never>;
  detachUserPolicy(i: Name<'UserName' | 'PolicyArn'>): Record<string, never>;
  listAttachedUserPolicies(
    i: Name<'UserName'> & { PathPrefix?: string } & PageInput,
  ): { AttachedPolicies: AttachedPolicy[] } & Page;
  putUserPolicy(i: Name<'UserName' | 'PolicyName' | 'PolicyDocument'>): Record<string, never>;
  getUserPolicy(i: Name<'UserName' | 'PolicyName'>): Name<'UserName' | 'PolicyName' | 'PolicyDocument'>;
  listUserPolicies(i: Name<'UserName'> & PageInput): { PolicyNames: string[] } & Page;
  deleteUserPolicy(i: Name<'UserName' | 'PolicyName'>): Record<string, never>;

  // managed policies
  createPolicy(i: {
    PolicyName: string;
    PolicyDocument: string;
    Path?: string;
    Description?: string;
  }): { Policy: ManagedPolicy };
  getPolicy(i: Name<'PolicyArn'>): { Policy: ManagedPolicy };
  getPolicyVersion(i: Name<'PolicyArn' | 'VersionId'>): Promise<{ PolicyVersion: PolicyVersion }>;
  listPolicies(
    i: {
      Scope?: 'All' | 'AWS' | 'Local';
      OnlyAttached?: boolean;
      PathPrefix?: string;
      PolicyUsageFilter?: 'PermissionsPolicy' | 'PermissionsBoundary';
    } & PageInput,
  ): { Policies: ManagedPolicy[] } & Page;
  deletePolicy(i: Name<'PolicyArn'>): Record<string, never>;
  listEntitiesForPolicy(
    i: Name<'PolicyArn'> & { EntityFilter?: 'User' | 'Group' | 'Role' | 'LocalManagedPolicy' | 'AWSManagedPolicy'; PathPrefix?: string } & PageInput,
  ): {
    PolicyGroups: { GroupName: string; GroupId: string }[];
    PolicyUsers: { UserName: string; UserId: string }[];
    PolicyRoles: { RoleName: string; RoleId: string }[];
  } & Page;

  // account
  getAccountSummary(i: Record<string, never>): { SummaryMap: Record<string, number> };
}
