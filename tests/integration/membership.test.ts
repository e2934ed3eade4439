/**
 * The guide's workflow through the SDK, including where IAM is more forgiving than
 * the emulators: repeated adds and attaches succeed, removing a non-member is a no-op,
 * and a rename keeps the group's identity.
 */
import {
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  CreateGroupCommand,
  GetGroupCommand,
  ListAttachedGroupPoliciesCommand,
  ListGroupsForUserCommand,
  RemoveUserFromGroupCommand,
  UpdateGroupCommand,
} from '@aws-sdk/client-iam';
import { beforeEach, describe, expect, it } from 'vitest';
import { setupIamSandbox } from './support/iam-sandbox';

const { client } = setupIamSandbox();
const S3_READ_ONLY = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess';

beforeEach(async () => {
  await client.send(new CreateGroupCommand({ GroupName: 'Developers' }));
});

describe('a learner following the guide', () => {
  it('attaches a policy and adds jane.doe, then sees her in the group', async () => {
    await client.send(new AttachGroupPolicyCommand({ GroupName: 'Developers', PolicyArn: S3_READ_ONLY }));
    await client.send(new AddUserToGroupCommand({ GroupName: 'Developers', UserName: 'jane.doe' }));

    const group = await client.send(new GetGroupCommand({ GroupName: 'Developers' }));
    expect(group.Users?.map((user) => user.UserName)).toEqual(['jane.doe']);
    expect(group.Users?.[0]).toMatchObject({ Path: '/', Arn: 'arn:aws:iam::123456789012:user/jane.doe' });
    expect(group.Users?.[0]?.CreateDate?.toISOString()).toBe('2026-05-02T08:15:00.000Z');
    expect(group.Group).toMatchObject({ GroupName: 'Developers', Arn: 'arn:aws:iam::123456789012:group/Developers' });
    expect(group.IsTruncated).toBe(false);
  });

  it('can add the same user twice and attach the same policy twice without an error', async () => {
    for (let i = 0; i < 2; i++) {
      await client.send(new AddUserToGroupCommand({ GroupName: 'Developers', UserName: 'jane.doe' }));
      await client.send(new AttachGroupPolicyCommand({ GroupName: 'Developers', PolicyArn: S3_READ_ONLY }));
    }
    const group = await client.send(new GetGroupCommand({ GroupName: 'Developers' }));
    const policies = await client.send(new ListAttachedGroupPoliciesCommand({ GroupName: 'Developers' }));
    expect(group.Users).toHaveLength(1);
    expect(policies.AttachedPolicies).toEqual([{ PolicyName: 'AmazonS3ReadOnlyAccess', PolicyArn: S3_READ_ONLY }]);
  });

  it('can remove someone who is not a member: IAM answers 200 and changes nothing', async () => {
    const result = await client.send(new RemoveUserFromGroupCommand({ GroupName: 'Developers', UserName: 'john.smith' }));
    expect(result.$metadata.httpStatusCode).toBe(200);
  });

  it('removes a member again', async () => {
    await client.send(new AddUserToGroupCommand({ GroupName: 'Developers', UserName: 'jane.doe' }));
    await client.send(new RemoveUserFromGroupCommand({ GroupName: 'Developers', UserName: 'jane.doe' }));
    const groups = await client.send(new ListGroupsForUserCommand({ UserName: 'jane.doe' }));
    expect(groups.Groups).toEqual([]);
  });
});

describe('renaming a group', () => {
  it('keeps its ID, members, policies and path', async () => {
    await client.send(new AddUserToGroupCommand({ GroupName: 'Developers', UserName: 'jane.doe' }));
    await client.send(new AttachGroupPolicyCommand({ GroupName: 'Developers', PolicyArn: S3_READ_ONLY }));
    const before = await client.send(new GetGroupCommand({ GroupName: 'Developers' }));

    await client.send(new UpdateGroupCommand({ GroupName: 'Developers', NewGroupName: 'Engineers' }));

    const after = await client.send(new GetGroupCommand({ GroupName: 'Engineers' }));
    expect(after.Group?.GroupId).toBe(before.Group?.GroupId);
    expect(after.Group?.Arn).toBe('arn:aws:iam::123456789012:group/Engineers');
    expect(after.Group?.Path).toBe('/');
    expect(after.Users?.map((user) => user.UserName)).toEqual(['jane.doe']);
    const policies = await client.send(new ListAttachedGroupPoliciesCommand({ GroupName: 'Engineers' }));
    expect(policies.AttachedPolicies?.map((policy) => policy.PolicyArn)).toEqual([S3_READ_ONLY]);
    const groups = await client.send(new ListGroupsForUserCommand({ UserName: 'jane.doe' }));
    expect(groups.Groups?.map((group) => group.GroupName)).toEqual(['Engineers']);
  });
});
