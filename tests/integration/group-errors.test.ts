/**
 * The errors a learner meets while managing groups, exactly as the SDK reports them
 * from real IAM: exception name, message and HTTP status.
 */
import {
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  CreateGroupCommand,
  DeleteGroupCommand,
  GetGroupCommand,
  GetGroupPolicyCommand,
  PutGroupPolicyCommand,
  RemoveUserFromGroupCommand,
  UpdateGroupCommand,
} from '@aws-sdk/client-iam';
import { describe, it } from 'vitest';
import { expectIamError } from './support/expect-iam-error';
import { setupIamSandbox } from './support/iam-sandbox';

const { client } = setupIamSandbox();
const S3_READ_ONLY = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess';
const ALLOW_ALL = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] });

describe('naming a group', () => {
  it('refuses a second group whose name differs only in case', async () => {
    await client.send(new CreateGroupCommand({ GroupName: 'Developers' }));
    await expectIamError(client.send(new CreateGroupCommand({ GroupName: 'developers' })), {
      name: 'EntityAlreadyExistsException',
      message: 'Group with name developers already exists.',
      status: 409,
    });
  });

  it('refuses to rename a group onto another group’s name', async () => {
    await client.send(new CreateGroupCommand({ GroupName: 'Developers' }));
    await client.send(new CreateGroupCommand({ GroupName: 'Testers' }));
    await expectIamError(client.send(new UpdateGroupCommand({ GroupName: 'Testers', NewGroupName: 'DEVELOPERS' })), {
      name: 'EntityAlreadyExistsException',
      message: 'Group with name DEVELOPERS already exists.',
      status: 409,
    });
  });
});

describe('naming something that does not exist', () => {
  it('reports a missing group', async () => {
    await expectIamError(client.send(new GetGroupCommand({ GroupName: 'Ghosts' })), {
      name: 'NoSuchEntityException',
      message: 'The group with name Ghosts cannot be found.',
      status: 404,
    });
  });

  it('reports a missing user when adding them to a group', async () => {
    await client.send(new CreateGroupCommand({ GroupName: 'Developers' }));
    await expectIamError(client.send(new AddUserToGroupCommand({ GroupName: 'Developers', UserName: 'nobody' })), {
      name: 'NoSuchEntityException',
      message: 'The user with name nobody cannot be found.',
      status: 404,
    });
  });

  it('reports the user, not the group, when both are missing', async () => {
    await expectIamError(client.send(new RemoveUserFromGroupCommand({ GroupName: 'Ghosts', UserName: 'nobody' })), {
      name: 'NoSuchEntityException',
      message: 'The user with name nobody cannot be found.',
      status: 404,
    });
  });

  it('reports a missing inline policy of a group', async () => {
    await client.send(new CreateGroupCommand({ GroupName: 'Developers' }));
    await expectIamError(client.send(new GetGroupPolicyCommand({ GroupName: 'Developers', PolicyName: 'Nope' })), {
      name: 'NoSuchEntityException',
      message: 'The group policy with name Nope cannot be found.',
      status: 404,
    });
  });
});

describe('deleting a group that is still in use (the API does not clean up, the console does)', () => {
  it('refuses while the group has members', async () => {
    await client.send(new CreateGroupCommand({ GroupName: 'Developers' }));
    await client.send(new AddUserToGroupCommand({ GroupName: 'Developers', UserName: 'jane.doe' }));
    await expectIamError(client.send(new DeleteGroupCommand({ GroupName: 'Developers' })), {
      name: 'DeleteConflictException',
      message: 'Cannot delete entity, must remove users from group first.',
      status: 409,
    });
  });

  it('refuses while managed policies are attached', async () => {
    await client.send(new CreateGroupCommand({ GroupName: 'Developers' }));
    await client.send(new AttachGroupPolicyCommand({ GroupName: 'Developers', PolicyArn: S3_READ_ONLY }));
    await expectIamError(client.send(new DeleteGroupCommand({ GroupName: 'Developers' })), {
      name: 'DeleteConflictException',
      message: 'Cannot delete entity, must detach all policies first.',
      status: 409,
    });
  });

  it('refuses while inline policies exist', async () => {
    await client.send(new CreateGroupCommand({ GroupName: 'Developers' }));
    await client.send(new PutGroupPolicyCommand({ GroupName: 'Developers', PolicyName: 'All', PolicyDocument: ALLOW_ALL }));
    await expectIamError(client.send(new DeleteGroupCommand({ GroupName: 'Developers' })), {
      name: 'DeleteConflictException',
      message: 'Cannot delete entity, must delete policies first.',
      status: 409,
    });
  });
});
