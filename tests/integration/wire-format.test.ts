/** Details of IAM's answers the SDK relies on: dates, empty lists, the account summary. */
import { CreateGroupCommand, GetAccountSummaryCommand, GetGroupCommand, ListGroupsCommand } from '@aws-sdk/client-iam';
import { describe, expect, it } from 'vitest';
import { setupIamSandbox } from './support/iam-sandbox';

const { client } = setupIamSandbox();

describe('what the SDK parses', () => {
  it('gets whole-second dates as Date objects', async () => {
    const before = Math.floor(Date.now() / 1000) * 1000;
    const { Group } = await client.send(new CreateGroupCommand({ GroupName: 'Developers' }));
    expect(Group?.CreateDate).toBeInstanceOf(Date);
    expect(Group!.CreateDate!.getTime() % 1000).toBe(0);
    expect(Group!.CreateDate!.getTime()).toBeGreaterThanOrEqual(before);
    expect(Group?.GroupId).toMatch(/^AGPA[A-Z0-9]{17}$/);
  });

  it('gets empty lists as empty arrays, with IsTruncated false', async () => {
    const groups = await client.send(new ListGroupsCommand({}));
    expect(groups.Groups).toEqual([]);
    expect(groups.IsTruncated).toBe(false);
    await client.send(new CreateGroupCommand({ GroupName: 'Developers' }));
    const group = await client.send(new GetGroupCommand({ GroupName: 'Developers' }));
    expect(group.Users).toEqual([]);
    expect(group.IsTruncated).toBe(false);
  });

  it('reads the account summary map with IAM’s quotas', async () => {
    await client.send(new CreateGroupCommand({ GroupName: 'Developers' }));
    const { SummaryMap } = await client.send(new GetAccountSummaryCommand({}));
    expect(SummaryMap).toMatchObject({
      Groups: 1,
      GroupsQuota: 300,
      GroupsPerUserQuota: 10,
      AttachedPoliciesPerGroupQuota: 10,
      GroupPolicySizeQuota: 5120,
      Users: 6,
      UsersQuota: 5000,
    });
  });
});
