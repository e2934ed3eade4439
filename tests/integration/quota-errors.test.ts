/**
 * IAM's quotas, each reached and then exceeded by one SDK call. The account is filled
 * up to the limit through the engine directly: thousands of HTTP calls would only
 * make the suite slow without testing anything more.
 */
import {
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  CreateGroupCommand,
  CreatePolicyCommand,
  CreateUserCommand,
  PutGroupPolicyCommand,
} from '@aws-sdk/client-iam';
import { describe, it } from 'vitest';
import { expectIamError } from './support/expect-iam-error';
import { catalog, setupIamSandbox } from './support/iam-sandbox';

const sandbox = setupIamSandbox();
const { client } = sandbox;
const limitExceeded = (message: string) => ({ name: 'LimitExceededException', message, status: 409 });

describe('account and membership quotas', () => {
  it('allows 300 groups per account', async () => {
    for (let i = 0; i < 300; i++) sandbox.runtime.engine.createGroup({ GroupName: `team-${i}` });
    await expectIamError(
      client.send(new CreateGroupCommand({ GroupName: 'one-too-many' })),
      limitExceeded('Cannot exceed quota for GroupsPerAccount: 300'),
    );
  });

  it('allows 5,000 users per account', async () => {
    const existing = Object.keys(sandbox.runtime.engine.state.users).length;
    for (let i = existing; i < 5000; i++) sandbox.runtime.engine.createUser({ UserName: `user-${i}` });
    await expectIamError(
      client.send(new CreateUserCommand({ UserName: 'one-too-many' })),
      limitExceeded('Cannot exceed quota for UsersPerAccount: 5000'),
    );
  });

  it('lets a user join at most 10 groups', async () => {
    for (let i = 0; i < 10; i++) {
      sandbox.runtime.engine.createGroup({ GroupName: `team-${i}` });
      sandbox.runtime.engine.addUserToGroup({ GroupName: `team-${i}`, UserName: 'jane.doe' });
    }
    await client.send(new CreateGroupCommand({ GroupName: 'Developers' }));
    await expectIamError(
      client.send(new AddUserToGroupCommand({ GroupName: 'Developers', UserName: 'jane.doe' })),
      limitExceeded('Cannot exceed quota for GroupsPerUser: 10'),
    );
  });
});

describe('policy quotas', () => {
  it('attaches at most 10 managed policies to a group', async () => {
    await client.send(new CreateGroupCommand({ GroupName: 'Developers' }));
    const attachable = catalog.policies.filter((policy) => policy.Path !== '/aws-service-role/').slice(0, 11);
    const arns = attachable.map((policy) => `arn:aws:iam::aws:policy${policy.Path}${policy.PolicyName}`);
    for (const arn of arns.slice(0, 10)) {
      await client.send(new AttachGroupPolicyCommand({ GroupName: 'Developers', PolicyArn: arn }));
    }
    await expectIamError(
      client.send(new AttachGroupPolicyCommand({ GroupName: 'Developers', PolicyArn: arns[10] })),
      limitExceeded('Cannot exceed quota for PoliciesPerGroup: 10'),
    );
  });

  it('keeps a group’s inline policies within 5,120 characters, whitespace not counted', async () => {
    await client.send(new CreateGroupCommand({ GroupName: 'Developers' }));
    const document = (resource: string) =>
      JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: resource }] });
    const overhead = document('').length;
    // Spaces are free: a document padded with them stays well under the quota.
    await client.send(
      new PutGroupPolicyCommand({ GroupName: 'Developers', PolicyName: 'Spacious', PolicyDocument: `${document('*')}${' '.repeat(6000)}` }),
    );
    const tooBig = document(`arn:aws:s3:::${'b'.repeat(5120 - overhead)}`);
    await expectIamError(
      client.send(new PutGroupPolicyCommand({ GroupName: 'Developers', PolicyName: 'Huge', PolicyDocument: tooBig })),
      limitExceeded('Maximum policy size of 5120 bytes exceeded for group Developers'),
    );
  });

  it('keeps a customer managed policy document within 6,144 characters', async () => {
    const document = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${'b'.repeat(6144)}` }],
    });
    await expectIamError(
      client.send(new CreatePolicyCommand({ PolicyName: 'Huge', PolicyDocument: document })),
      limitExceeded('Cannot exceed quota for PolicySize: 6144'),
    );
  });
});
