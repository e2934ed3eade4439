import { describeIamError } from '../../../api/iam-error';
import type { PolicyEntity } from '../../../api/policies/policy-entities-query';

function entityLabel(entity: PolicyEntity): string {
  return `${entity.type === 'Group' ? 'User group' : 'User'} ${entity.name}`;
}

/** Why attaching or detaching failed for one entity, in a learner's words with AWS's code and message. */
export function entityErrorText(entity: PolicyEntity, error: unknown): string {
  const { code, message } = describeIamError(error);
  const label = entityLabel(entity);
  const aws = `(${code}: ${message})`;
  const quota = /quota for PoliciesPer(?:Group|User): (\d+)/.exec(message);
  if (code === 'LimitExceeded' && quota) {
    return `${label} already has ${quota[1]} managed policies attached, the most IAM allows. Detach one of them first. ${aws}`;
  }
  if (code === 'PolicyNotAttachable') {
    return `${label}: AWS service-role policies can only be used by service-linked roles. ${aws}`;
  }
  if (code === 'NoSuchEntity') return `${label} or this policy no longer exists. Refresh and try again. ${aws}`;
  return `${label}: ${message} (${code})`;
}

export function entitiesCountText(count: number): string {
  return count === 1 ? '1 entity' : `${count} entities`;
}
