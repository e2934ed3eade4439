/** `arn:aws:iam::aws:policy/job-function/ViewOnlyAccess` → `ViewOnlyAccess` (a policy name has no `/`). */
export function policyNameOf(policyArn: string): string {
  return policyArn.slice(policyArn.lastIndexOf('/') + 1);
}

/** The details route of a policy: its ARN URL-encoded as one path segment. */
export function policyDetailsHref(policyArn: string, section?: 'permissions' | 'entities_attached'): string {
  const base = `#/policies/details/${encodeURIComponent(policyArn)}`;
  return section ? `${base}?section=${section}` : base;
}
