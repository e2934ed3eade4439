import { describe, expect, it } from 'vitest';
import {
  ADMIN_ARN,
  expectIamError,
  examplePolicyArn,
  iamErrorOf,
  S3_READ_ARN,
  SERVICE_ROLE_ARN,
  testEngine,
  VIEW_ONLY_ARN,
} from './engine-test-kit';

function engineWithGroupAndUser() {
  const engine = testEngine();
  engine.createGroup({ GroupName: 'Devs' });
  engine.createUser({ UserName: 'jane' });
  return engine;
}

describe('attaching managed policies to a group', () => {
  it('lists attached policies in attach order with name and ARN', () => {
    const engine = engineWithGroupAndUser();
    engine.attachGroupPolicy({ GroupName: 'Devs', PolicyArn: S3_READ_ARN });
    engine.attachGroupPolicy({ GroupName: 'devs', PolicyArn: ADMIN_ARN });
    expect(engine.listAttachedGroupPolicies({ GroupName: 'Devs' })).toEqual({
      AttachedPolicies: [
        { PolicyName: 'AmazonS3ReadOnlyAccess', PolicyArn: S3_READ_ARN },
        { PolicyName: 'AdministratorAccess', PolicyArn: ADMIN_ARN },
      ],
      IsTruncated: false,
    });
  });

  it('is idempotent', () => {
    const engine = engineWithGroupAndUser();
    engine.attachGroupPolicy({ GroupName: 'Devs', PolicyArn: ADMIN_ARN });
    expect(engine.attachGroupPolicy({ GroupName: 'Devs', PolicyArn: ADMIN_ARN })).toEqual({});
    expect(engine.listAttachedGroupPolicies({ GroupName: 'Devs' }).AttachedPolicies).toHaveLength(1);
    expect(engine.getPolicy({ PolicyArn: ADMIN_ARN }).Policy.AttachmentCount).toBe(1);
  });

  it('allows at most 10 managed policies', () => {
    const engine = engineWithGroupAndUser();
    for (let n = 1; n <= 10; n++) engine.attachGroupPolicy({ GroupName: 'Devs', PolicyArn: examplePolicyArn(n) });
    expectIamError(
      () => engine.attachGroupPolicy({ GroupName: 'Devs', PolicyArn: examplePolicyArn(11) }),
      'LimitExceeded',
      409,
      'Cannot exceed quota for PoliciesPerGroup: 10',
    );
    expect(engine.attachGroupPolicy({ GroupName: 'Devs', PolicyArn: examplePolicyArn(4) })).toEqual({});
  });

  it('refuses service-linked role policies', () => {
    expectIamError(
      () => engineWithGroupAndUser().attachGroupPolicy({ GroupName: 'Devs', PolicyArn: SERVICE_ROLE_ARN }),
      'PolicyNotAttachable',
      400,
      'Cannot attach a Service Role Policy to a Group.',
    );
  });

  it('tells an unparsable ARN from an unknown policy', () => {
    const engine = engineWithGroupAndUser();
    expectIamError(
      () => engine.attachGroupPolicy({ GroupName: 'Devs', PolicyArn: 'this-is-not-an-arn-at-all' }),
      'ValidationError',
      400,
      'Invalid ARN:  Could not be parsed!',
    );
    const unknown = 'arn:aws:iam::aws:policy/NoSuchPolicy';
    expectIamError(
      () => engine.attachGroupPolicy({ GroupName: 'Devs', PolicyArn: unknown }),
      'NoSuchEntity',
      404,
      `Policy ${unknown} does not exist or is not attachable.`,
    );
    expect(iamErrorOf(() => engine.attachGroupPolicy({ GroupName: 'Devs', PolicyArn: 'arn:short' })).message).toContain(
      "at 'policyArn' failed to satisfy constraint: Member must have length greater than or equal to 20",
    );
  });

  it('reports a missing group', () => {
    expectIamError(
      () => testEngine().attachGroupPolicy({ GroupName: 'Nope', PolicyArn: ADMIN_ARN }),
      'NoSuchEntity',
      404,
      'The group with name Nope cannot be found.',
    );
  });

  it('detaches, and reports detaching a policy that is not attached', () => {
    const engine = engineWithGroupAndUser();
    engine.attachGroupPolicy({ GroupName: 'Devs', PolicyArn: ADMIN_ARN });
    engine.attachGroupPolicy({ GroupName: 'Devs', PolicyArn: S3_READ_ARN });
    expect(engine.detachGroupPolicy({ GroupName: 'Devs', PolicyArn: ADMIN_ARN })).toEqual({});
    expect(engine.listAttachedGroupPolicies({ GroupName: 'Devs' }).AttachedPolicies.map((p) => p.PolicyArn)).toEqual([S3_READ_ARN]);
    expectIamError(
      () => engine.detachGroupPolicy({ GroupName: 'Devs', PolicyArn: ADMIN_ARN }),
      'NoSuchEntity',
      404,
      `Policy ${ADMIN_ARN} was not found.`,
    );
  });

  it('filters attached policies by policy path prefix', () => {
    const engine = engineWithGroupAndUser();
    engine.attachGroupPolicy({ GroupName: 'Devs', PolicyArn: ADMIN_ARN });
    engine.attachGroupPolicy({ GroupName: 'Devs', PolicyArn: VIEW_ONLY_ARN });
    expect(
      engine.listAttachedGroupPolicies({ GroupName: 'Devs', PathPrefix: '/job-function/' }).AttachedPolicies,
    ).toEqual([{ PolicyName: 'ViewOnlyAccess', PolicyArn: VIEW_ONLY_ARN }]);
    expect(engine.listAttachedGroupPolicies({ GroupName: 'Devs', PathPrefix: '/' }).AttachedPolicies).toHaveLength(2);
    expect(iamErrorOf(() => engine.listAttachedGroupPolicies({ GroupName: 'Devs', PathPrefix: 'job' })).message).toContain(
      "at 'pathPrefix' failed to satisfy constraint",
    );
  });
});

describe('attaching managed policies to a user', () => {
  it('works like groups, with the user quota and wording', () => {
    const engine = engineWithGroupAndUser();
    engine.attachUserPolicy({ UserName: 'JANE', PolicyArn: ADMIN_ARN });
    expect(engine.attachUserPolicy({ UserName: 'jane', PolicyArn: ADMIN_ARN })).toEqual({});
    expect(engine.listAttachedUserPolicies({ UserName: 'jane' }).AttachedPolicies).toEqual([
      { PolicyName: 'AdministratorAccess', PolicyArn: ADMIN_ARN },
    ]);
    for (let n = 1; n <= 9; n++) engine.attachUserPolicy({ UserName: 'jane', PolicyArn: examplePolicyArn(n) });
    expectIamError(
      () => engine.attachUserPolicy({ UserName: 'jane', PolicyArn: examplePolicyArn(10) }),
      'LimitExceeded',
      409,
      'Cannot exceed quota for PoliciesPerUser: 10',
    );
    expectIamError(
      () => engine.attachUserPolicy({ UserName: 'jane', PolicyArn: SERVICE_ROLE_ARN }),
      'PolicyNotAttachable',
      400,
      'Cannot attach a Service Role Policy to a User.',
    );
    engine.detachUserPolicy({ UserName: 'jane', PolicyArn: ADMIN_ARN });
    expectIamError(
      () => engine.detachUserPolicy({ UserName: 'jane', PolicyArn: ADMIN_ARN }),
      'NoSuchEntity',
      404,
      `Policy ${ADMIN_ARN} was not found.`,
    );
    expectIamError(
      () => engine.attachUserPolicy({ UserName: 'nobody', PolicyArn: ADMIN_ARN }),
      'NoSuchEntity',
      404,
      'The user with name nobody cannot be found.',
    );
  });

  it('counts group and user attachments together in AttachmentCount', () => {
    const engine = engineWithGroupAndUser();
    engine.attachGroupPolicy({ GroupName: 'Devs', PolicyArn: ADMIN_ARN });
    engine.attachUserPolicy({ UserName: 'jane', PolicyArn: ADMIN_ARN });
    expect(engine.getPolicy({ PolicyArn: ADMIN_ARN }).Policy.AttachmentCount).toBe(2);
    engine.detachGroupPolicy({ GroupName: 'Devs', PolicyArn: ADMIN_ARN });
    expect(engine.getPolicy({ PolicyArn: ADMIN_ARN }).Policy.AttachmentCount).toBe(1);
  });
});
