import { describe, expect, it } from 'vitest';
import { ACCOUNT, ADMIN_ARN, FAKE_METAS, iamErrorOf, policyDocument, S3_READ_ARN, testEngine, VIEW_ONLY_ARN } from './engine-test-kit';

function names(result: { Policies: { PolicyName: string }[] }): string[] {
  return result.Policies.map((p) => p.PolicyName);
}

const byNameIgnoringCase = (list: string[]) =>
  [...list].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));

function engineWithCustomerPolicies() {
  const engine = testEngine();
  engine.createPolicy({ PolicyName: 'zz-team', Path: '/team/', PolicyDocument: policyDocument() });
  engine.createPolicy({ PolicyName: 'billingHelpers', PolicyDocument: policyDocument() });
  return engine;
}

describe('ListPolicies', () => {
  it('lists AWS and customer policies together, by name ignoring case', () => {
    const result = engineWithCustomerPolicies().listPolicies({ MaxItems: 1000 });
    const expected = byNameIgnoringCase([...FAKE_METAS.map((m) => m.PolicyName), 'zz-team', 'billingHelpers']);
    expect(names(result)).toEqual(expected);
    expect(names(result).indexOf('billingHelpers')).toBe(names(result).indexOf('Billing') + 1);
    expect(result.IsTruncated).toBe(false);
  });

  it('narrows by scope', () => {
    const engine = engineWithCustomerPolicies();
    expect(names(engine.listPolicies({ Scope: 'Local' }))).toEqual(['billingHelpers', 'zz-team']);
    expect(names(engine.listPolicies({ Scope: 'AWS', MaxItems: 1000 }))).toHaveLength(FAKE_METAS.length);
    expect(iamErrorOf(() => engine.listPolicies({ Scope: 'Mine' as 'All' })).message).toBe(
      "1 validation error detected: Value 'Mine' at 'scope' failed to satisfy constraint: Member must satisfy enum value set: [All, AWS, Local]",
    );
  });

  it('narrows by path prefix', () => {
    const engine = engineWithCustomerPolicies();
    expect(names(engine.listPolicies({ PathPrefix: '/job-function/' }))).toEqual(['Billing', 'ViewOnlyAccess']);
    expect(names(engine.listPolicies({ PathPrefix: '/team/' }))).toEqual(['zz-team']);
    expect(names(engine.listPolicies({ Scope: 'AWS', PathPrefix: '/team/' }))).toEqual([]);
    expect(iamErrorOf(() => engine.listPolicies({ PathPrefix: 'job' })).message).toContain("at 'pathPrefix'");
  });

  it('lists only attached policies when asked, following attach and detach', () => {
    const engine = engineWithCustomerPolicies();
    engine.createGroup({ GroupName: 'Devs' });
    engine.createUser({ UserName: 'jane' });
    const local = `arn:aws:iam::${ACCOUNT}:policy/team/zz-team`;
    engine.attachGroupPolicy({ GroupName: 'Devs', PolicyArn: S3_READ_ARN });
    engine.attachGroupPolicy({ GroupName: 'Devs', PolicyArn: local });
    engine.attachUserPolicy({ UserName: 'jane', PolicyArn: VIEW_ONLY_ARN });
    engine.attachUserPolicy({ UserName: 'jane', PolicyArn: S3_READ_ARN });
    const attached = engine.listPolicies({ OnlyAttached: true });
    expect(names(attached)).toEqual(['AmazonS3ReadOnlyAccess', 'ViewOnlyAccess', 'zz-team']);
    expect(attached.Policies[0]!.AttachmentCount).toBe(2);
    expect(names(engine.listPolicies({ OnlyAttached: true, Scope: 'Local' }))).toEqual(['zz-team']);
    expect(names(engine.listPolicies({ OnlyAttached: true, PathPrefix: '/job-function/' }))).toEqual(['ViewOnlyAccess']);
    engine.detachUserPolicy({ UserName: 'jane', PolicyArn: VIEW_ONLY_ARN });
    expect(names(engine.listPolicies({ OnlyAttached: true, Scope: 'AWS' }))).toEqual(['AmazonS3ReadOnlyAccess']);
  });

  it('accepts PolicyUsageFilter; no policy is attached as a permissions boundary in the sandbox', () => {
    const engine = engineWithCustomerPolicies();
    engine.createGroup({ GroupName: 'Devs' });
    engine.attachGroupPolicy({ GroupName: 'Devs', PolicyArn: ADMIN_ARN });
    expect(names(engine.listPolicies({ OnlyAttached: true, PolicyUsageFilter: 'PermissionsPolicy' }))).toEqual(['AdministratorAccess']);
    expect(engine.listPolicies({ OnlyAttached: true, PolicyUsageFilter: 'PermissionsBoundary' })).toEqual({ Policies: [], IsTruncated: false });
    expect(iamErrorOf(() => engine.listPolicies({ PolicyUsageFilter: 'X' as 'PermissionsPolicy' })).message).toContain(
      'Member must satisfy enum value set: [PermissionsPolicy, PermissionsBoundary]',
    );
  });

  it('shows list fields only: no description, as IAM lists do', () => {
    const engine = testEngine();
    engine.createPolicy({ PolicyName: 'P', PolicyDocument: policyDocument(), Description: 'described' });
    expect(engine.listPolicies({ Scope: 'Local' }).Policies[0]).not.toHaveProperty('Description');
  });
});
