import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useQuery } from '@tanstack/react-query';
import { groupPoliciesQuery, groupQuery } from '../../../api/groups/group-queries';
import { formatIamError } from '../../../api/iam-error';

/*
 * Group facts fetched per rendered row (GetGroup, ListAttachedGroupPolicies), so a
 * picker over 300 groups only asks about the page on screen.
 */

export function GroupUsersCountCell({ groupName }: { groupName: string }) {
  const group = useQuery(groupQuery(groupName));
  if (group.isPending) return <StatusIndicator type="loading">Loading</StatusIndicator>;
  if (group.isError) return <StatusIndicator type="error">{formatIamError(group.error)}</StatusIndicator>;
  return <>{group.data.users.length}</>;
}

/** "2" in pickers; "AmazonS3ReadOnlyAccess, IAMUserChangePassword" with `names`. */
export function GroupAttachedPoliciesCell({ groupName, names }: { groupName: string; names?: boolean }) {
  const policies = useQuery(groupPoliciesQuery(groupName));
  if (policies.isPending) return <StatusIndicator type="loading">Loading</StatusIndicator>;
  if (policies.isError) return <StatusIndicator type="error">{formatIamError(policies.error)}</StatusIndicator>;
  if (!names) return <>{policies.data.attached.length}</>;
  const all = policies.data.attached.map((policy) => policy.PolicyName ?? '');
  return <>{all.length > 0 ? all.join(', ') : '-'}</>;
}
