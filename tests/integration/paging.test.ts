/** Every list pages with MaxItems and Marker, and the SDK's paginators walk the pages. */
import {
  CreateGroupCommand,
  ListGroupsCommand,
  ListPoliciesCommand,
  ListUsersCommand,
  paginateListUsers,
  type User,
} from '@aws-sdk/client-iam';
import { describe, expect, it } from 'vitest';
import { setupIamSandbox } from './support/iam-sandbox';

const { client } = setupIamSandbox();
const DEFAULT_USERS = ['alex.kim', 'jane.doe', 'john.smith', 'maria.garcia', 'priya.patel', 'wei.chen'];

describe('paging through lists', () => {
  it('hands back a Marker that fetches the next page, until IsTruncated is false', async () => {
    const names: string[] = [];
    let marker: string | undefined;
    let pages = 0;
    do {
      const page = await client.send(new ListUsersCommand({ MaxItems: 4, Marker: marker }));
      pages++;
      names.push(...(page.Users ?? []).map((user) => user.UserName!));
      expect(page.IsTruncated).toBe(page.Marker !== undefined);
      marker = page.Marker;
    } while (marker);
    expect(pages).toBe(2);
    expect([...names].sort()).toEqual(DEFAULT_USERS);
  });

  it('works with the SDK’s own paginator', async () => {
    const users: User[] = [];
    for await (const page of paginateListUsers({ client, pageSize: 2 }, {})) users.push(...(page.Users ?? []));
    expect(users.map((user) => user.UserName).sort()).toEqual(DEFAULT_USERS);
  });

  it('returns 100 items by default and at most MaxItems', async () => {
    for (let i = 0; i < 3; i++) await client.send(new CreateGroupCommand({ GroupName: `team-${i}` }));
    const firstTwo = await client.send(new ListGroupsCommand({ MaxItems: 2 }));
    expect(firstTwo.Groups).toHaveLength(2);
    expect(firstTwo.IsTruncated).toBe(true);
    const rest = await client.send(new ListGroupsCommand({ Marker: firstTwo.Marker }));
    expect(rest.Groups).toHaveLength(1);
    expect(rest.IsTruncated).toBe(false);
    expect(rest.Marker).toBeUndefined();

    const policies = await client.send(new ListPoliciesCommand({ Scope: 'AWS' }));
    expect(policies.Policies).toHaveLength(100);
    expect(policies.IsTruncated).toBe(true);
  });
});
