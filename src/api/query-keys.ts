/**
 * Query keys, general → specific, so a mutation can invalidate exactly what it touched:
 * `['iam','groups']` covers the list and every group's details.
 */
export const iamKeys = {
  all: ['iam'] as const,
  groups: () => [...iamKeys.all, 'groups'] as const,
  groupList: () => [...iamKeys.groups(), 'list'] as const,
  group: (name: string) => [...iamKeys.groups(), 'detail', name.toLowerCase()] as const,
  groupPolicies: (name: string) => [...iamKeys.group(name), 'policies'] as const,
  users: () => [...iamKeys.all, 'users'] as const,
  userList: () => [...iamKeys.users(), 'list'] as const,
  user: (name: string) => [...iamKeys.users(), 'detail', name.toLowerCase()] as const,
  policies: () => [...iamKeys.all, 'policies'] as const,
  policyList: () => [...iamKeys.policies(), 'list'] as const,
  policy: (arn: string) => [...iamKeys.policies(), 'detail', arn] as const,
  policyDocument: (arn: string, versionId: string) => [...iamKeys.policy(arn), 'document', versionId] as const,
  accountSummary: () => [...iamKeys.all, 'account-summary'] as const,
};
