/** CreatePolicy, GetPolicy, GetPolicyVersion, DeletePolicy: customer managed policies, and AWS managed ones read-only. */
import { policyArn } from './arn';
import {
  ARN_CONSTRAINT,
  checkRequired,
  checkString,
  POLICY_DESCRIPTION_CONSTRAINT,
  POLICY_DOCUMENT_CONSTRAINT,
  POLICY_NAME_CONSTRAINT,
  POLICY_PATH_CONSTRAINT,
  throwIfInvalid,
  VERSION_ID_CONSTRAINT,
  type Violation,
} from './constraints';
import type { EngineContext } from './engine-context';
import { given, requireParsableArn } from './engine-lookup';
import {
  accessDenied,
  deleteConflict,
  entityAlreadyExists,
  limitExceeded,
  noSuchPolicyVersion,
  policyNotFound,
} from './errors';
import type { IamOperations } from './operations';
import { policyDocumentSize, validatePolicyDocument } from './policy-document';
import { deleteEntry, setEntry } from './records';
import type { CustomerPolicyRecord } from './types';
import { managedPolicyView } from './views';

export const POLICIES_PER_ACCOUNT = 1500;
export const MANAGED_POLICY_SIZE_MAX = 6144;

type PolicyOperations = Pick<IamOperations, 'createPolicy' | 'getPolicy' | 'getPolicyVersion' | 'deletePolicy'>;

export function policyOperations(context: EngineContext): PolicyOperations {
  const { state, policies } = context;

  function checkArn(arn: string, ...more: Violation[][]): void {
    throwIfInvalid(checkRequired('policyArn', arn, ARN_CONSTRAINT), ...more);
    requireParsableArn(arn);
  }

  return {
    createPolicy(input) {
      const i = given(input);
      const { PolicyName, PolicyDocument, Description } = i;
      const Path = i.Path ?? '/';
      throwIfInvalid(
        checkRequired('policyName', PolicyName, POLICY_NAME_CONSTRAINT),
        checkString('path', i.Path, POLICY_PATH_CONSTRAINT),
        checkRequired('policyDocument', PolicyDocument, POLICY_DOCUMENT_CONSTRAINT),
        checkString('description', Description, POLICY_DESCRIPTION_CONSTRAINT),
      );
      validatePolicyDocument(PolicyDocument);
      if (policyDocumentSize(PolicyDocument) > MANAGED_POLICY_SIZE_MAX) {
        throw limitExceeded('PolicySize', MANAGED_POLICY_SIZE_MAX);
      }
      // Customer policy names are unique in the account ignoring case, whatever their path.
      if (policies.localArnNamed(PolicyName)) throw entityAlreadyExists('Policy', PolicyName);
      if (policies.localCount >= POLICIES_PER_ACCOUNT) throw limitExceeded('PoliciesPerAccount', POLICIES_PER_ACCOUNT);
      const now = context.now();
      const arn = policyArn(context.accountId, Path, PolicyName);
      const record: CustomerPolicyRecord = {
        PolicyName,
        PolicyId: context.newId('ANPA'),
        Arn: arn,
        Path,
        DefaultVersionId: 'v1',
        ...(Description !== undefined && Description !== null ? { Description } : {}),
        CreateDate: now,
        UpdateDate: now,
        versions: [{ Document: PolicyDocument, VersionId: 'v1', IsDefaultVersion: true, CreateDate: now }],
      };
      setEntry(state.policies, arn, record);
      policies.addLocal(record);
      return { Policy: managedPolicyView(context, arn, true)! };
    },

    getPolicy(input) {
      const { PolicyArn } = given(input);
      checkArn(PolicyArn);
      const policy = managedPolicyView(context, PolicyArn, true);
      if (!policy) throw policyNotFound(PolicyArn);
      return { Policy: policy };
    },

    // async so that every failure is a rejected promise, never a synchronous throw
    async getPolicyVersion(input) {
      const { PolicyArn, VersionId } = given(input);
      checkArn(PolicyArn, checkRequired('versionId', VersionId, VERSION_ID_CONSTRAINT));
      const local = policies.localPolicy(PolicyArn);
      if (local) {
        const version = local.versions.find((candidate) => candidate.VersionId === VersionId);
        if (!version) throw noSuchPolicyVersion(PolicyArn, VersionId);
        return { PolicyVersion: { ...version } };
      }
      const aws = policies.awsPolicy(PolicyArn);
      // The catalog keeps only the default version of each AWS managed policy.
      if (!aws || aws.meta.DefaultVersionId !== VersionId) throw noSuchPolicyVersion(PolicyArn, VersionId);
      const Document = await context.catalog.loadDocument(PolicyArn);
      return {
        PolicyVersion: { Document, VersionId, IsDefaultVersion: true, CreateDate: aws.meta.UpdateDate },
      };
    },

    deletePolicy(input) {
      const { PolicyArn } = given(input);
      checkArn(PolicyArn);
      if (policies.awsPolicy(PolicyArn)) {
        throw accessDenied(context.accountId, 'iam:DeletePolicy', `policy ${PolicyArn}`);
      }
      const local = policies.localPolicy(PolicyArn);
      if (!local) throw policyNotFound(PolicyArn);
      if (policies.attachmentCount(PolicyArn) > 0) throw deleteConflict('policyAttached');
      deleteEntry(state.policies, PolicyArn);
      policies.removeLocal(local);
      return {};
    },
  };
}
