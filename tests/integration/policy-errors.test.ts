/** Attaching, detaching and writing policies: what IAM refuses, and how it says so. */
import {
  AttachGroupPolicyCommand,
  CreateGroupCommand,
  DetachGroupPolicyCommand,
  PutGroupPolicyCommand,
} from '@aws-sdk/client-iam';
import { beforeEach, describe, it } from 'vitest';
import { expectIamError } from './support/expect-iam-error';
import { setupIamSandbox } from './support/iam-sandbox';

const { client } = setupIamSandbox();

beforeEach(async () => {
  await client.send(new CreateGroupCommand({ GroupName: 'Developers' }));
});

describe('attaching managed policies to a group', () => {
  it('refuses a well-formed ARN that names no policy', async () => {
    const arn = 'arn:aws:iam::aws:policy/AmazonS3ReadEverything';
    await expectIamError(client.send(new AttachGroupPolicyCommand({ GroupName: 'Developers', PolicyArn: arn })), {
      name: 'NoSuchEntityException',
      message: `Policy ${arn} does not exist or is not attachable.`,
      status: 404,
    });
  });

  it('refuses a service-linked role policy', async () => {
    const arn = 'arn:aws:iam::aws:policy/aws-service-role/AccessAnalyzerServiceRolePolicy';
    await expectIamError(client.send(new AttachGroupPolicyCommand({ GroupName: 'Developers', PolicyArn: arn })), {
      name: 'PolicyNotAttachableException',
      message: 'Cannot attach a Service Role Policy to a Group.',
      status: 400,
    });
  });

  it('refuses an ARN that does not parse', async () => {
    await expectIamError(
      client.send(new AttachGroupPolicyCommand({ GroupName: 'Developers', PolicyArn: 'AmazonS3ReadOnlyAccess-policy' })),
      { name: 'ValidationError', message: 'Invalid ARN:  Could not be parsed!', status: 400 },
    );
  });

  it('refuses to detach a policy that is not attached', async () => {
    const arn = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess';
    await expectIamError(client.send(new DetachGroupPolicyCommand({ GroupName: 'Developers', PolicyArn: arn })), {
      name: 'NoSuchEntityException',
      message: `Policy ${arn} was not found.`,
      status: 404,
    });
  });
});

describe('writing an inline policy', () => {
  it('refuses a document that is not JSON', async () => {
    await expectIamError(
      client.send(
        new PutGroupPolicyCommand({ GroupName: 'Developers', PolicyName: 'Broken', PolicyDocument: '{"Version": ' }),
      ),
      { name: 'MalformedPolicyDocumentException', message: 'This policy contains invalid Json', status: 400 },
    );
  });
});
