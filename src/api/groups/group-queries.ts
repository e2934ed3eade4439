import {
  GetGroupCommand,
  ListAttachedGroupPoliciesCommand,
  ListGroupPoliciesCommand,
  ListGroupsCommand,
} from '@aws-sdk/client-iam';
import { queryOptions } from '@tanstack/react-query';
import { iamClient } from '../iam-client';
import { collectAllPages, MAX_PAGE_SIZE } from '../paginate';
import { iamKeys } from '../query-keys';

export const groupListQuery = () =>
  queryOptions({
    queryKey: iamKeys.groupList(),
    queryFn: () =>
      collectAllPages(
        (Marker) => iamClient.send(new ListGroupsCommand({ Marker, MaxItems: MAX_PAGE_SIZE })),
        (page) => page.Groups,
      ),
  });

/** The group and all of its members (GetGroup pages through the members). */
export const groupQuery = (groupName: string) =>
  queryOptions({
    queryKey: iamKeys.group(groupName),
    queryFn: async () => {
      const first = await iamClient.send(new GetGroupCommand({ GroupName: groupName, MaxItems: MAX_PAGE_SIZE }));
      const users = first.Users ?? [];
      let marker = first.IsTruncated ? first.Marker : undefined;
      while (marker) {
        const page = await iamClient.send(
          new GetGroupCommand({ GroupName: groupName, Marker: marker, MaxItems: MAX_PAGE_SIZE }),
        );
        users.push(...(page.Users ?? []));
        marker = page.IsTruncated ? page.Marker : undefined;
      }
      return { group: first.Group!, users };
    },
  });

/** Managed policies attached to the group and the names of its inline policies. */
export const groupPoliciesQuery = (groupName: string) =>
  queryOptions({
    queryKey: iamKeys.groupPolicies(groupName),
    queryFn: async () => {
      const [attached, inline] = await Promise.all([
        collectAllPages(
          (Marker) =>
            iamClient.send(new ListAttachedGroupPoliciesCommand({ GroupName: groupName, Marker, MaxItems: MAX_PAGE_SIZE })),
          (page) => page.AttachedPolicies,
        ),
        collectAllPages(
          (Marker) => iamClient.send(new ListGroupPoliciesCommand({ GroupName: groupName, Marker, MaxItems: MAX_PAGE_SIZE })),
          (page) => page.PolicyNames,
        ),
      ]);
      return { attached, inline };
    },
  });
