/**
 * Input IAM rejects before acting: names that break the model's pattern or length,
 * missing parameters, and actions IAM does not have.
 */
import { CreateGroupCommand, CreateUserCommand, ListUsersCommand, type CreateGroupCommandInput } from '@aws-sdk/client-iam';
import { describe, it } from 'vitest';
import { expectIamError } from './support/expect-iam-error';
import { sandboxClient, setupIamSandbox } from './support/iam-sandbox';

const { client } = setupIamSandbox();

describe('names that break IAM’s constraints', () => {
  it('refuses a group name with a space, quoting the model’s pattern', async () => {
    await expectIamError(client.send(new CreateGroupCommand({ GroupName: 'x y' })), {
      name: 'ValidationError',
      message:
        "1 validation error detected: Value 'x y' at 'groupName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+",
      status: 400,
    });
  });

  it('refuses a group name of 129 characters', async () => {
    const name = 'g'.repeat(129);
    await expectIamError(client.send(new CreateGroupCommand({ GroupName: name })), {
      name: 'ValidationError',
      message: `1 validation error detected: Value '${name}' at 'groupName' failed to satisfy constraint: Member must have length less than or equal to 128`,
      status: 400,
    });
  });

  it('refuses a new user name of 65 characters', async () => {
    const name = 'u'.repeat(65);
    await expectIamError(client.send(new CreateUserCommand({ UserName: name })), {
      name: 'ValidationError',
      message: `1 validation error detected: Value '${name}' at 'userName' failed to satisfy constraint: Member must have length less than or equal to 64`,
      status: 400,
    });
  });
});

describe('requests IAM cannot act on', () => {
  it('reports a missing required parameter', async () => {
    await expectIamError(client.send(new CreateGroupCommand({} as CreateGroupCommandInput)), {
      name: 'ValidationError',
      message: "1 validation error detected: Value null at 'groupName' failed to satisfy constraint: Member must not be null",
      status: 400,
    });
  });

  it('answers an action it does not know with InvalidAction', async () => {
    // The SDK only sends actions IAM has, so rename one on its way out.
    const renaming = sandboxClient();
    renaming.middlewareStack.add(
      (next) => async (args) => {
        const request = args.request as { body?: unknown; headers: Record<string, string> };
        if (typeof request.body === 'string') {
          request.body = request.body.replace('Action=ListUsers', 'Action=ListRockets');
          const lengthHeader = Object.keys(request.headers).find((name) => name.toLowerCase() === 'content-length');
          request.headers[lengthHeader ?? 'content-length'] = String(Buffer.byteLength(request.body as string));
        }
        return next(args);
      },
      { step: 'build' },
    );
    await expectIamError(renaming.send(new ListUsersCommand({})), {
      name: 'InvalidAction',
      message: 'Could not find operation ListRockets for version 2010-05-08',
      status: 400,
    });
  });
});
