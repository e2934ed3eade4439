import type { User } from '@aws-sdk/client-iam';
import type { DescribedIamError } from '../../../api/iam-error';

/** IAM's quota: a user can be a member of at most 10 groups (GroupsPerUser). */
export const GROUPS_PER_USER = 10;

export interface UserRow extends User {
  UserName: string;
  /** undefined until ListGroupsForUser answers */
  groupCount?: number;
  groupCountError?: DescribedIamError;
}

export const isUserAtGroupLimit = (row: UserRow) => (row.groupCount ?? 0) >= GROUPS_PER_USER;
