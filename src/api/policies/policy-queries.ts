import { GetPolicyCommand, GetPolicyVersionCommand, ListPoliciesCommand } from '@aws-sdk/client-iam';
import { queryOptions } from '@tanstack/react-query';
import { iamClient } from '../iam-client';
import { collectAllPages, MAX_PAGE_SIZE } from '../paginate';
import { iamKeys } from '../query-keys';

/** Every managed policy of the account: the AWS catalog (~1,600) and customer managed ones. */
export const policyListQuery = () =>
  queryOptions({
    queryKey: iamKeys.policyList(),
    queryFn: () =>
      collectAllPages(
        (Marker) => iamClient.send(new ListPoliciesCommand({ Scope: 'All', Marker, MaxItems: MAX_PAGE_SIZE })),
        (page) => page.Policies,
      ),
    staleTime: 60_000,
  });

export const policyQuery = (policyArn: string) =>
  queryOptions({
    queryKey: iamKeys.policy(policyArn),
    queryFn: async () => (await iamClient.send(new GetPolicyCommand({ PolicyArn: policyArn }))).Policy!,
  });

/** The document of one policy version, decoded from the wire's URL encoding. */
export const policyDocumentQuery = (policyArn: string, versionId: string) =>
  queryOptions({
    queryKey: iamKeys.policyDocument(policyArn, versionId),
    queryFn: async () => {
      const { PolicyVersion } = await iamClient.send(
        new GetPolicyVersionCommand({ PolicyArn: policyArn, VersionId: versionId }),
      );
      return decodeURIComponent(PolicyVersion?.Document ?? '');
    },
    staleTime: Infinity,
  });
