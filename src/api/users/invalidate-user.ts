import type { QueryClient } from '@tanstack/react-query';
import { iamKeys } from '../query-keys';

/**
 * What a change to users can make stale: the users themselves, the groups that count
 * their members, the policies that count their attachments and the account's totals.
 */
export async function invalidateAfterUserChange(
  queryClient: QueryClient,
  touched: { groups?: boolean; policies?: boolean } = { groups: true, policies: true },
) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: iamKeys.users() }),
    touched.groups ? queryClient.invalidateQueries({ queryKey: iamKeys.groups() }) : undefined,
    // Attachment counts and "Entities attached"; not the static AWS catalog summaries.
    touched.policies ? queryClient.invalidateQueries({ queryKey: iamKeys.policyList() }) : undefined,
    touched.policies ? queryClient.invalidateQueries({ queryKey: [...iamKeys.policies(), 'detail'] }) : undefined,
    queryClient.invalidateQueries({ queryKey: iamKeys.accountSummary() }),
  ]);
}
