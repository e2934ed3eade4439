/** The Policies feature's details route; the ARN is one URL-encoded path segment. */
export const policyDetailsHref = (policyArn: string) => `#/policies/details/${encodeURIComponent(policyArn)}`;

export const groupDetailsHref = (groupName: string) => `#/groups/details/${encodeURIComponent(groupName)}`;
