import {
  GetUserPolicyCommand,
  ListAttachedUserPoliciesCommand,
  ListUserPoliciesCommand,
} from '@aws-sdk/client-iam';
import { queryOptions } from '@tanstack/react-query';
import { iamClient } from '../iam-client';
import { collectAllPages, MAX_PAGE_SIZE } from '../paginate';
import { iamKeys } from '../query-keys';

export const userPoliciesKey = (userName: string) => [...iamKeys.user(userName), 'policies'] as const;

/** Managed policies attached to the user directly and the names of the user's inline policies. */
export const userPoliciesQuery = (userName: string) =>
  queryOptions({
    queryKey: userPoliciesKey(userName),
    queryFn: async () => {
      const [attached, inline] = await Promise.all([
        collectAllPages(
          (Marker) =>
            iamClient.send(new ListAttachedUserPoliciesCommand({ UserName: userName, Marker, MaxItems: MAX_PAGE_SIZE })),
          (page) => page.AttachedPolicies,
        ),
        collectAllPages(
          (Marker) => iamClient.send(new ListUserPoliciesCommand({ UserName: userName, Marker, MaxItems: MAX_PAGE_SIZE })),
          (page) => page.PolicyNames,
        ),
      ]);
      return { attached, inline };
    },
  });

/**
 * The documents of the user's inline policies, decoded from the wire's URL encoding.
 * The inline policy editor needs them to say how much of the user's size quota is left.
 */
export const userInlinePolicyDocumentsQuery = (userName: string, policyNames: readonly string[]) =>
  queryOptions({
    queryKey: [...userPoliciesKey(userName), 'documents', [...policyNames].sort()] as const,
    queryFn: () =>
      Promise.all(
        policyNames.map(async (policyName) => {
          const result = await iamClient.send(new GetUserPolicyCommand({ UserName: userName, PolicyName: policyName }));
          return { policyName, document: decodeURIComponent(result.PolicyDocument ?? '') };
        }),
      ),
  });
