import { describe, expect, it } from 'vitest';
import {
  ACCOUNT,
  ADMIN_ARN,
  ADMIN_DOCUMENT,
  expectIamError,
  iamErrorOf,
  iamRejectionOf,
  NOW,
  policyDocument,
  testEngine,
  VIEW_ONLY_ARN,
} from './engine-test-kit';
import { policyDocumentSize } from './policy-document';

describe('customer managed policies', () => {
  it('are created with IAM defaults: path /, version v1, ANPA ID, no attachments', () => {
    const engine = testEngine();
    const { Policy } = engine.createPolicy({ PolicyName: 'ReadBuckets', PolicyDocument: policyDocument(), Description: 'Read S3' });
    expect(Object.keys(Policy)).toEqual([
      'PolicyName',
      'PolicyId',
      'Arn',
      'Path',
      'DefaultVersionId',
      'AttachmentCount',
      'PermissionsBoundaryUsageCount',
      'IsAttachable',
      'Description',
      'CreateDate',
      'UpdateDate',
    ]);
    expect(Policy).toMatchObject({
      PolicyName: 'ReadBuckets',
      Arn: `arn:aws:iam::${ACCOUNT}:policy/ReadBuckets`,
      Path: '/',
      DefaultVersionId: 'v1',
      AttachmentCount: 0,
      PermissionsBoundaryUsageCount: 0,
      IsAttachable: true,
      Description: 'Read S3',
      CreateDate: NOW,
      UpdateDate: NOW,
    });
    expect(Policy.PolicyId).toMatch(/^ANPA[A-Z0-9]{17}$/);
    expect(engine.getPolicy({ PolicyArn: Policy.Arn }).Policy).toEqual(Policy);
  });

  it('put the path into the ARN and need no description', () => {
    const { Policy } = testEngine().createPolicy({ PolicyName: 'P', Path: '/team/', PolicyDocument: policyDocument() });
    expect(Policy.Arn).toBe(`arn:aws:iam::${ACCOUNT}:policy/team/P`);
    expect(Policy).not.toHaveProperty('Description');
  });

  it('have unique names ignoring case, whatever the path', () => {
    const engine = testEngine();
    engine.createPolicy({ PolicyName: 'ReadBuckets', PolicyDocument: policyDocument() });
    expectIamError(
      () => engine.createPolicy({ PolicyName: 'readbuckets', Path: '/other/', PolicyDocument: policyDocument() }),
      'EntityAlreadyExists',
      409,
      'A policy called readbuckets already exists. Duplicate names are not allowed.',
    );
  });

  it('may share a name with an AWS managed policy', () => {
    const { Policy } = testEngine().createPolicy({ PolicyName: 'AdministratorAccess', PolicyDocument: policyDocument() });
    expect(Policy.Arn).toBe(`arn:aws:iam::${ACCOUNT}:policy/AdministratorAccess`);
  });

  it('validate the document, its 6,144 character size, name, path and description', () => {
    const engine = testEngine();
    expectIamError(() => engine.createPolicy({ PolicyName: 'P', PolicyDocument: 'nope' }), 'MalformedPolicyDocument', 400, 'This policy contains invalid Json');
    const base = policyDocumentSize(policyDocument('s3:GetObject', 1)) - 1;
    expect(() => engine.createPolicy({ PolicyName: 'Max', PolicyDocument: policyDocument('s3:GetObject', 6144 - base) })).not.toThrow();
    expectIamError(
      () => engine.createPolicy({ PolicyName: 'Big', PolicyDocument: policyDocument('s3:GetObject', 6145 - base) }),
      'LimitExceeded',
      409,
      'Cannot exceed quota for PolicySize: 6144',
    );
    expect(iamErrorOf(() => engine.createPolicy({ PolicyName: 'a b', PolicyDocument: policyDocument() })).message).toContain("at 'policyName'");
    expect(iamErrorOf(() => engine.createPolicy({ PolicyName: 'P', Path: '/a b/', PolicyDocument: policyDocument() })).message).toContain("at 'path'");
    expect(iamErrorOf(() => engine.createPolicy({ PolicyName: 'P', PolicyDocument: policyDocument(), Description: 'd'.repeat(1001) })).message).toContain(
      "at 'description' failed to satisfy constraint: Member must have length less than or equal to 1000",
    );
  });

  it('return the default version with the document as stored', async () => {
    const engine = testEngine();
    const document = `${policyDocument()}\n`;
    const { Policy } = engine.createPolicy({ PolicyName: 'P', PolicyDocument: document });
    expect(await engine.getPolicyVersion({ PolicyArn: Policy.Arn, VersionId: 'v1' })).toEqual({
      PolicyVersion: { Document: document, VersionId: 'v1', IsDefaultVersion: true, CreateDate: NOW },
    });
    const error = await iamRejectionOf(engine.getPolicyVersion({ PolicyArn: Policy.Arn, VersionId: 'v2' }));
    expect([error.code, error.message]).toEqual(['NoSuchEntity', `Policy ${Policy.Arn} version v2 does not exist or is not attachable.`]);
    expect((await iamRejectionOf(engine.getPolicyVersion({ PolicyArn: Policy.Arn, VersionId: 'two' }))).message).toContain("at 'versionId'");
  });

  it('can be attached, and cannot be deleted while attached', () => {
    const engine = testEngine();
    engine.createGroup({ GroupName: 'Devs' });
    const { Arn } = engine.createPolicy({ PolicyName: 'P', PolicyDocument: policyDocument() }).Policy;
    engine.attachGroupPolicy({ GroupName: 'Devs', PolicyArn: Arn });
    expect(engine.getPolicy({ PolicyArn: Arn }).Policy.AttachmentCount).toBe(1);
    expectIamError(() => engine.deletePolicy({ PolicyArn: Arn }), 'DeleteConflict', 409, 'Cannot delete a policy attached to entities.');
    engine.detachGroupPolicy({ GroupName: 'Devs', PolicyArn: Arn });
    expect(engine.deletePolicy({ PolicyArn: Arn })).toEqual({});
    expectIamError(() => engine.getPolicy({ PolicyArn: Arn }), 'NoSuchEntity', 404, `Policy ${Arn} was not found.`);
    expectIamError(() => engine.deletePolicy({ PolicyArn: Arn }), 'NoSuchEntity', 404, `Policy ${Arn} was not found.`);
    expect(engine.state.policies).toEqual({});
    // the name is free again
    expect(() => engine.createPolicy({ PolicyName: 'p', PolicyDocument: policyDocument() })).not.toThrow();
  });

  it('are capped at 1,500 per account', () => {
    const engine = testEngine();
    for (let i = 0; i < 1500; i++) engine.createPolicy({ PolicyName: `P${i}`, PolicyDocument: policyDocument() });
    expectIamError(
      () => engine.createPolicy({ PolicyName: 'Late', PolicyDocument: policyDocument() }),
      'LimitExceeded',
      409,
      'Cannot exceed quota for PoliciesPerAccount: 1500',
    );
  });
});

describe('AWS managed policies', () => {
  it('come from the catalog with a stable ANPA ID and a live attachment count', () => {
    const engine = testEngine();
    const { Policy } = engine.getPolicy({ PolicyArn: VIEW_ONLY_ARN });
    expect(Policy).toEqual({
      PolicyName: 'ViewOnlyAccess',
      PolicyId: Policy.PolicyId,
      Arn: VIEW_ONLY_ARN,
      Path: '/job-function/',
      DefaultVersionId: 'v1',
      AttachmentCount: 0,
      PermissionsBoundaryUsageCount: 0,
      IsAttachable: true,
      CreateDate: '2015-02-06T18:39:46Z',
      UpdateDate: '2015-02-06T18:39:46Z',
    });
    expect(Policy.PolicyId).toMatch(/^ANPA[A-Z0-9]{17}$/);
    // the same in another engine, whatever its ID seed
    expect(testEngine({ seed: 'other' }).getPolicy({ PolicyArn: VIEW_ONLY_ARN }).Policy.PolicyId).toBe(Policy.PolicyId);
    expect(engine.getPolicy({ PolicyArn: ADMIN_ARN }).Policy.PolicyId).not.toBe(Policy.PolicyId);
  });

  it('load their default version document on demand; other versions do not exist', async () => {
    const engine = testEngine();
    expect(await engine.getPolicyVersion({ PolicyArn: ADMIN_ARN, VersionId: 'v1' })).toEqual({
      PolicyVersion: { Document: ADMIN_DOCUMENT, VersionId: 'v1', IsDefaultVersion: true, CreateDate: '2015-02-06T18:39:46Z' },
    });
    const error = await iamRejectionOf(engine.getPolicyVersion({ PolicyArn: ADMIN_ARN, VersionId: 'v2' }));
    expect(error.message).toBe(`Policy ${ADMIN_ARN} version v2 does not exist or is not attachable.`);
  });

  it('cannot be deleted', () => {
    expectIamError(
      () => testEngine().deletePolicy({ PolicyArn: ADMIN_ARN }),
      'AccessDenied',
      403,
      `User: arn:aws:iam::${ACCOUNT}:user/sandbox-admin is not authorized to perform: iam:DeletePolicy on resource: policy ${ADMIN_ARN} because no identity-based policy allows the iam:DeletePolicy action`,
    );
  });

  it('GetPolicy tells an unparsable ARN from an unknown one', () => {
    const engine = testEngine();
    const unknown = 'arn:aws:iam::aws:policy/Missing';
    expectIamError(() => engine.getPolicy({ PolicyArn: unknown }), 'NoSuchEntity', 404, `Policy ${unknown} was not found.`);
    expectIamError(() => engine.getPolicy({ PolicyArn: 'definitely not an ARN' }), 'ValidationError', 400, 'Invalid ARN:  Could not be parsed!');
  });
});
