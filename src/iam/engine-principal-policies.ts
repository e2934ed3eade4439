/** The Group and User policy actions, by IAM name, over the shared attachment and inline policy implementations. */
import { attachmentActions } from './engine-attachments';
import type { EngineContext } from './engine-context';
import { given } from './engine-lookup';
import { inlinePolicyActions } from './engine-inline-policies';
import { GROUP, USER } from './engine-principals';
import type { IamOperations } from './operations';

type PrincipalPolicyOperations = Pick<
  IamOperations,
  | 'attachGroupPolicy'
  | 'detachGroupPolicy'
  | 'listAttachedGroupPolicies'
  | 'putGroupPolicy'
  | 'getGroupPolicy'
  | 'listGroupPolicies'
  | 'deleteGroupPolicy'
  | 'attachUserPolicy'
  | 'detachUserPolicy'
  | 'listAttachedUserPolicies'
  | 'putUserPolicy'
  | 'getUserPolicy'
  | 'listUserPolicies'
  | 'deleteUserPolicy'
>;

export function principalPolicyOperations(context: EngineContext): PrincipalPolicyOperations {
  const groupAttachments = attachmentActions(context, GROUP);
  const userAttachments = attachmentActions(context, USER);
  const groupInline = inlinePolicyActions(context, GROUP);
  const userInline = inlinePolicyActions(context, USER);
  return {
    attachGroupPolicy: (input) => groupAttachments.attach(given(input).GroupName, given(input).PolicyArn),
    detachGroupPolicy: (input) => groupAttachments.detach(given(input).GroupName, given(input).PolicyArn),
    listAttachedGroupPolicies: (input) => groupAttachments.list(given(input).GroupName, given(input)),
    putGroupPolicy: (input) => {
      const { GroupName, PolicyName, PolicyDocument } = given(input);
      groupInline.put(GroupName, PolicyName, PolicyDocument);
      return {};
    },
    getGroupPolicy: (input) => {
      const { GroupName, PolicyName } = given(input);
      const { entityName, policy } = groupInline.get(GroupName, PolicyName);
      return { GroupName: entityName, PolicyName: policy.PolicyName, PolicyDocument: policy.PolicyDocument };
    },
    listGroupPolicies: (input) => groupInline.list(given(input).GroupName, given(input)),
    deleteGroupPolicy: (input) => {
      const { GroupName, PolicyName } = given(input);
      groupInline.remove(GroupName, PolicyName);
      return {};
    },

    attachUserPolicy: (input) => userAttachments.attach(given(input).UserName, given(input).PolicyArn),
    detachUserPolicy: (input) => userAttachments.detach(given(input).UserName, given(input).PolicyArn),
    listAttachedUserPolicies: (input) => userAttachments.list(given(input).UserName, given(input)),
    putUserPolicy: (input) => {
      const { UserName, PolicyName, PolicyDocument } = given(input);
      userInline.put(UserName, PolicyName, PolicyDocument);
      return {};
    },
    getUserPolicy: (input) => {
      const { UserName, PolicyName } = given(input);
      const { entityName, policy } = userInline.get(UserName, PolicyName);
      return { UserName: entityName, PolicyName: policy.PolicyName, PolicyDocument: policy.PolicyDocument };
    },
    listUserPolicies: (input) => userInline.list(given(input).UserName, given(input)),
    deleteUserPolicy: (input) => {
      const { UserName, PolicyName } = given(input);
      userInline.remove(UserName, PolicyName);
      return {};
    },
  };
}
