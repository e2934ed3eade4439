import { useQueries } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { describeIamError, type DescribedIamError } from '../../../api/iam-error';
import { groupsForUserQuery } from '../../../api/users/user-queries';

/** IAM's GroupsPerUser quota; not adjustable. */
export const GROUPS_PER_USER_QUOTA = 10;

export interface GroupCount {
  count?: number;
  error?: DescribedIamError;
}

/**
 * How many groups each user on the current table page is in. ListUsers carries no
 * memberships, so, like the real console, ask ListGroupsForUser only for the rows on
 * screen: an account can hold 5,000 users.
 */
export function useVisibleGroupCounts<Row extends { UserName: string }>() {
  const [visible, setVisible] = useState<string[]>([]);
  const results = useQueries({ queries: visible.map((name) => groupsForUserQuery(name)) });
  const counts = new Map<string, GroupCount>();
  visible.forEach((name, index) => {
    const result = results[index];
    counts.set(name, {
      count: result?.data?.length,
      error: result?.error ? describeIamError(result.error) : undefined,
    });
  });
  const onVisibleItemsChange = useCallback(
    (rows: readonly Row[]) => setVisible(rows.map((row) => row.UserName)),
    [],
  );
  return { counts, onVisibleItemsChange };
}
