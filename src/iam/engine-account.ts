/** GetAccountSummary: live counts from the indexes, and IAM's default quotas. */
import type { EngineContext } from './engine-context';
import { GROUPS_PER_ACCOUNT } from './engine-groups';
import { GROUPS_PER_USER } from './engine-membership';
import { MANAGED_POLICY_SIZE_MAX, POLICIES_PER_ACCOUNT } from './engine-policies';
import { GROUP, MANAGED_POLICIES_PER_PRINCIPAL, USER } from './engine-principals';
import { USERS_PER_ACCOUNT } from './engine-users';
import type { IamOperations } from './operations';

type AccountOperations = Pick<IamOperations, 'getAccountSummary'>;

export function accountOperations(context: EngineContext): AccountOperations {
  return {
    getAccountSummary() {
      const { groups, users, policies } = context;
      return {
        SummaryMap: {
          Users: users.size,
          UsersQuota: USERS_PER_ACCOUNT,
          Groups: groups.size,
          GroupsQuota: GROUPS_PER_ACCOUNT,
          GroupsPerUserQuota: GROUPS_PER_USER,
          AttachedPoliciesPerGroupQuota: MANAGED_POLICIES_PER_PRINCIPAL,
          AttachedPoliciesPerUserQuota: MANAGED_POLICIES_PER_PRINCIPAL,
          AttachedPoliciesPerRoleQuota: 10,
          GroupPolicySizeQuota: GROUP.inlineSizeMax,
          UserPolicySizeQuota: USER.inlineSizeMax,
          RolePolicySizeQuota: 10240,
          Policies: policies.localCount,
          PoliciesQuota: POLICIES_PER_ACCOUNT,
          PolicySizeQuota: MANAGED_POLICY_SIZE_MAX,
          // IAM counts a managed policy version as "in use" once per entity it is attached to.
          PolicyVersionsInUse: policies.attachmentTotal,
          PolicyVersionsInUseQuota: 10000,
          VersionsPerPolicyQuota: 5,
          Roles: 0,
          RolesQuota: 1000,
          InstanceProfiles: 0,
          InstanceProfilesQuota: 1000,
          Providers: 0,
          ServerCertificates: 0,
          ServerCertificatesQuota: 20,
          MFADevices: 0,
          MFADevicesInUse: 0,
          AccountMFAEnabled: 0,
          AccessKeysPerUserQuota: 2,
          SigningCertificatesPerUserQuota: 2,
          AccountAccessKeysPresent: 0,
          AccountSigningCertificatesPresent: 0,
          GlobalEndpointTokenVersion: 1,
        },
      };
    },
  };
}
