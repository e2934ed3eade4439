import { ListEntitiesForPolicyCommand } from '@aws-sdk/client-iam';
import { queryOptions } from '@tanstack/react-query';
import { iamClient } from '../iam-client';
import { MAX_PAGE_SIZE } from '../paginate';
import { iamKeys } from '../query-keys';

export type PolicyEntityType = 'Group' | 'User';

/** One group or user a managed policy is attached to (roles do not exist in the sandbox). */
export interface PolicyEntity {
  name: string;
  type: PolicyEntityType;
  /** unique across both kinds: a group and a user may share a name */
  key: string;
}

export const policyEntitiesKey = (policyArn: string) => [...iamKeys.policy(policyArn), 'entities'] as const;

/** ListEntitiesForPolicy, every page: the groups and users the policy is attached to. */
export const policyEntitiesQuery = (policyArn: string) =>
  queryOptions({
    queryKey: policyEntitiesKey(policyArn),
    queryFn: async () => {
      const entities: PolicyEntity[] = [];
      let marker: string | undefined;
      do {
        const page = await iamClient.send(
          new ListEntitiesForPolicyCommand({ PolicyArn: policyArn, Marker: marker, MaxItems: MAX_PAGE_SIZE }),
        );
        for (const group of page.PolicyGroups ?? []) entities.push(entity(group.GroupName!, 'Group'));
        for (const user of page.PolicyUsers ?? []) entities.push(entity(user.UserName!, 'User'));
        marker = page.IsTruncated ? page.Marker : undefined;
      } while (marker);
      return entities;
    },
  });

function entity(name: string, type: PolicyEntityType): PolicyEntity {
  return { name, type, key: `${type}:${name}` };
}
