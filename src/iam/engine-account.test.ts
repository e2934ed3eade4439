import { describe, expect, it } from 'vitest';
import { ADMIN_ARN, policyDocument, testEngine } from './engine-test-kit';

describe('GetAccountSummary', () => {
  it('reports IAM default quotas', () => {
    const { SummaryMap } = testEngine().getAccountSummary({});
    expect(SummaryMap).toMatchObject({
      UsersQuota: 5000,
      GroupsQuota: 300,
      GroupsPerUserQuota: 10,
      AttachedPoliciesPerGroupQuota: 10,
      AttachedPoliciesPerUserQuota: 10,
      AttachedPoliciesPerRoleQuota: 10,
      GroupPolicySizeQuota: 5120,
      UserPolicySizeQuota: 2048,
      RolePolicySizeQuota: 10240,
      PoliciesQuota: 1500,
      PolicySizeQuota: 6144,
      PolicyVersionsInUseQuota: 10000,
      VersionsPerPolicyQuota: 5,
      RolesQuota: 1000,
      InstanceProfilesQuota: 1000,
      ServerCertificatesQuota: 20,
      AccessKeysPerUserQuota: 2,
      SigningCertificatesPerUserQuota: 2,
      GlobalEndpointTokenVersion: 1,
      Roles: 0,
      InstanceProfiles: 0,
      Providers: 0,
      ServerCertificates: 0,
      MFADevices: 0,
      MFADevicesInUse: 0,
      AccountMFAEnabled: 0,
      AccountAccessKeysPresent: 0,
      AccountSigningCertificatesPresent: 0,
    });
  });

  it('counts users, groups, customer policies and policy attachments live', () => {
    const engine = testEngine();
    engine.createGroup({ GroupName: 'Devs' });
    engine.createGroup({ GroupName: 'Ops' });
    engine.createUser({ UserName: 'jane' });
    const { Arn } = engine.createPolicy({ PolicyName: 'P', PolicyDocument: policyDocument() }).Policy;
    engine.attachGroupPolicy({ GroupName: 'Devs', PolicyArn: ADMIN_ARN });
    engine.attachGroupPolicy({ GroupName: 'Ops', PolicyArn: ADMIN_ARN });
    engine.attachUserPolicy({ UserName: 'jane', PolicyArn: Arn });
    expect(engine.getAccountSummary({}).SummaryMap).toMatchObject({ Users: 1, Groups: 2, Policies: 1, PolicyVersionsInUse: 3 });
    engine.detachGroupPolicy({ GroupName: 'Ops', PolicyArn: ADMIN_ARN });
    engine.deleteGroup({ GroupName: 'Ops' });
    expect(engine.getAccountSummary({}).SummaryMap).toMatchObject({ Users: 1, Groups: 1, Policies: 1, PolicyVersionsInUse: 2 });
  });
});
