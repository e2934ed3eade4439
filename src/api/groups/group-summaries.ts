import { useQueries } from '@tanstack/react-query';
import { describeIamError, type DescribedIamError } from '../iam-error';
import { groupPoliciesQuery, groupQuery } from './group-queries';

/** What the User groups list shows beside a group's name; undefined while still loading. */
export interface GroupSummary {
  userCount?: number;
  /** true when the group has any managed or inline policy */
  permissionsDefined?: boolean;
  error?: DescribedIamError;
}

/**
 * Members and policies of the named groups. IAM's ListGroups carries neither, so the
 * console asks per group; callers pass only the groups on screen, which keeps a 300-group
 * account quick. The queries are the details page's own, so their caches are shared.
 */
export function useGroupSummaries(groupNames: readonly string[]): Map<string, GroupSummary> {
  const members = useQueries({ queries: groupNames.map((name) => groupQuery(name)) });
  const policies = useQueries({ queries: groupNames.map((name) => groupPoliciesQuery(name)) });
  const summaries = new Map<string, GroupSummary>();
  groupNames.forEach((name, index) => {
    const group = members[index];
    const attachments = policies[index];
    const failed = group?.error ?? attachments?.error;
    summaries.set(name, {
      userCount: group?.data?.users.length,
      permissionsDefined: attachments?.data
        ? attachments.data.attached.length + attachments.data.inline.length > 0
        : undefined,
      error: failed ? describeIamError(failed) : undefined,
    });
  });
  return summaries;
}
