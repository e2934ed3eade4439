/**
 * API shapes built from persisted records: only the API's fields, in the API's
 * key order (the protocol layer serialises in that order), and never a live
 * record, so a caller cannot change the state through a response.
 */
import type { EngineContext } from './engine-context';
import type { Group, GroupRecord, ManagedPolicy, User, UserRecord } from './types';

export function groupView(record: GroupRecord): Group {
  const { Path, GroupName, GroupId, Arn, CreateDate } = record;
  return { Path, GroupName, GroupId, Arn, CreateDate };
}

export function userView(record: UserRecord): User {
  const { Path, UserName, UserId, Arn, CreateDate } = record;
  return { Path, UserName, UserId, Arn, CreateDate };
}

/**
 * A managed policy as GetPolicy shows it. ListPolicies leaves the description out,
 * as IAM's list actions do. AWS managed policies have no description here: the
 * catalog carries none, and a made-up one must not pass for AWS's.
 */
export function managedPolicyView(
  context: EngineContext,
  arn: string,
  withDescription: boolean,
): ManagedPolicy | undefined {
  const AttachmentCount = context.policies.attachmentCount(arn);
  const common = { AttachmentCount, PermissionsBoundaryUsageCount: 0, IsAttachable: true };
  const aws = context.policies.awsPolicy(arn);
  if (aws) {
    const { PolicyName, Path, DefaultVersionId, CreateDate, UpdateDate } = aws.meta;
    return { PolicyName, PolicyId: aws.id, Arn: arn, Path, DefaultVersionId, ...common, CreateDate, UpdateDate };
  }
  const local = context.policies.localPolicy(arn);
  if (!local) return undefined;
  const { PolicyName, PolicyId, Path, DefaultVersionId, Description, CreateDate, UpdateDate } = local;
  const description = withDescription && Description !== undefined ? { Description } : {};
  return { PolicyName, PolicyId, Arn: arn, Path, DefaultVersionId, ...common, ...description, CreateDate, UpdateDate };
}
