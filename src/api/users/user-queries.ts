import { GetUserCommand, ListGroupsForUserCommand, ListUsersCommand } from '@aws-sdk/client-iam';
import { queryOptions } from '@tanstack/react-query';
import { iamClient } from '../iam-client';
import { collectAllPages, MAX_PAGE_SIZE } from '../paginate';
import { iamKeys } from '../query-keys';

export const userListQuery = () =>
  queryOptions({
    queryKey: iamKeys.userList(),
    queryFn: () =>
      collectAllPages(
        (Marker) => iamClient.send(new ListUsersCommand({ Marker, MaxItems: MAX_PAGE_SIZE })),
        (page) => page.Users,
      ),
  });

export const userQuery = (userName: string) =>
  queryOptions({
    queryKey: iamKeys.user(userName),
    queryFn: async () => (await iamClient.send(new GetUserCommand({ UserName: userName }))).User!,
  });

export const groupsForUserQuery = (userName: string) =>
  queryOptions({
    queryKey: [...iamKeys.user(userName), 'groups'] as const,
    queryFn: () =>
      collectAllPages(
        (Marker) => iamClient.send(new ListGroupsForUserCommand({ UserName: userName, Marker, MaxItems: MAX_PAGE_SIZE })),
        (page) => page.Groups,
      ),
  });
