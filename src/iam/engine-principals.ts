/**
 * Groups and users hold managed and inline policies the same way; only names,
 * quotas and messages differ. These descriptors let one implementation serve
 * the Group and User policy actions.
 */
import {
  EXISTING_USER_NAME_CONSTRAINT,
  GROUP_NAME_CONSTRAINT,
  USER_NAME_CONSTRAINT,
  type StringConstraint,
} from './constraints';
import type { EngineContext } from './engine-context';
import { requireGroup, requireUser } from './engine-lookup';
import { noSuchGroupPolicy, noSuchUserPolicy, type IamError, type QuotaName } from './errors';
import type { EntityKind } from './policy-directory';
import { nameKey } from './records';
import type { GroupRecord, UserRecord } from './types';

export type PrincipalRecord = GroupRecord | UserRecord;

export interface Principal {
  readonly kind: EntityKind;
  readonly label: 'Group' | 'User';
  /** AWS's camelCase parameter name */
  readonly field: 'groupName' | 'userName';
  /** the name's constraint in actions that attach, detach or list attached policies */
  readonly attachNameConstraint: StringConstraint;
  /** the name's constraint in the inline policy actions */
  readonly inlineNameConstraint: StringConstraint;
  readonly attachedQuota: QuotaName;
  /** total size of all inline policies of one entity, whitespace not counted */
  readonly inlineSizeMax: number;
  require(context: EngineContext, name: string): PrincipalRecord;
  nameOf(record: PrincipalRecord): string;
  noSuchInlinePolicy(policyName: string): IamError;
}

export const MANAGED_POLICIES_PER_PRINCIPAL = 10;

export const GROUP: Principal = {
  kind: 'groups',
  label: 'Group',
  field: 'groupName',
  attachNameConstraint: GROUP_NAME_CONSTRAINT,
  inlineNameConstraint: GROUP_NAME_CONSTRAINT,
  attachedQuota: 'PoliciesPerGroup',
  inlineSizeMax: 5120,
  require: requireGroup,
  nameOf: (record) => (record as GroupRecord).GroupName,
  noSuchInlinePolicy: noSuchGroupPolicy,
};

export const USER: Principal = {
  kind: 'users',
  label: 'User',
  field: 'userName',
  // The model types UserName as userNameType (≤ 64) in the attach actions, existingUserNameType elsewhere.
  attachNameConstraint: USER_NAME_CONSTRAINT,
  inlineNameConstraint: EXISTING_USER_NAME_CONSTRAINT,
  attachedQuota: 'PoliciesPerUser',
  inlineSizeMax: 2048,
  require: requireUser,
  nameOf: (record) => (record as UserRecord).UserName,
  noSuchInlinePolicy: noSuchUserPolicy,
};

export function principalKey(principal: Principal, record: PrincipalRecord): string {
  return nameKey(principal.nameOf(record));
}
