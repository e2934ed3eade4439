/** Users: unique names ignoring case, and no deletion while they still hold anything. */
import {
  AddUserToGroupCommand,
  AttachUserPolicyCommand,
  CreateGroupCommand,
  CreateUserCommand,
  DeleteUserCommand,
  GetUserCommand,
  PutUserPolicyCommand,
} from '@aws-sdk/client-iam';
import { describe, it } from 'vitest';
import { expectIamError } from './support/expect-iam-error';
import { setupIamSandbox } from './support/iam-sandbox';

const { client } = setupIamSandbox();
const READ_ONLY = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:Get*', Resource: '*' }] });

describe('users', () => {
  it('refuses a user whose name differs only in case from an existing one', async () => {
    await expectIamError(client.send(new CreateUserCommand({ UserName: 'Jane.Doe' })), {
      name: 'EntityAlreadyExistsException',
      message: 'User with name Jane.Doe already exists.',
      status: 409,
    });
  });

  it('reports a missing user', async () => {
    await expectIamError(client.send(new GetUserCommand({ UserName: 'nobody' })), {
      name: 'NoSuchEntityException',
      message: 'The user with name nobody cannot be found.',
      status: 404,
    });
  });
});

describe('deleting a user who still holds something', () => {
  it('refuses while the user is in a group', async () => {
    await client.send(new CreateGroupCommand({ GroupName: 'Developers' }));
    await client.send(new AddUserToGroupCommand({ GroupName: 'Developers', UserName: 'jane.doe' }));
    await expectIamError(client.send(new DeleteUserCommand({ UserName: 'jane.doe' })), {
      name: 'DeleteConflictException',
      message: 'Cannot delete entity, must remove users from group first.',
      status: 409,
    });
  });

  it('refuses while managed policies are attached to the user', async () => {
    await client.send(
      new AttachUserPolicyCommand({ UserName: 'jane.doe', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }),
    );
    await expectIamError(client.send(new DeleteUserCommand({ UserName: 'jane.doe' })), {
      name: 'DeleteConflictException',
      message: 'Cannot delete entity, must detach all policies first.',
      status: 409,
    });
  });

  it('refuses while the user has inline policies', async () => {
    await client.send(new PutUserPolicyCommand({ UserName: 'jane.doe', PolicyName: 'Read', PolicyDocument: READ_ONLY }));
    await expectIamError(client.send(new DeleteUserCommand({ UserName: 'jane.doe' })), {
      name: 'DeleteConflictException',
      message: 'Cannot delete entity, must delete policies first.',
      status: 409,
    });
  });
});
