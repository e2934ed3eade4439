/** Attach/Detach/ListAttached for groups and users: managed policies in attach order, at most 10 each. */
import { parsePolicyArn, SERVICE_ROLE_POLICY_PATH } from './arn';
import {
  ARN_CONSTRAINT,
  checkRequired,
  checkString,
  POLICY_PATH_CONSTRAINT,
  throwIfInvalid,
} from './constraints';
import type { EngineContext } from './engine-context';
import { given, requireParsableArn } from './engine-lookup';
import { MANAGED_POLICIES_PER_PRINCIPAL, principalKey, type Principal, type PrincipalRecord } from './engine-principals';
import { limitExceeded, policyNotAttachable, policyNotFound, serviceRolePolicyNotAttachable } from './errors';
import { pageOfItems, pageViolations } from './paging';
import { removeKey } from './records';
import type { AttachedPolicy, Page, PageInput } from './types';

export interface AttachmentActions {
  attach(name: string, arn: string): Record<string, never>;
  detach(name: string, arn: string): Record<string, never>;
  list(name: string, input: { PathPrefix?: string } & PageInput): { AttachedPolicies: AttachedPolicy[] } & Page;
}

export function attachmentActions(context: EngineContext, principal: Principal): AttachmentActions {
  function target(name: string, arn: string): PrincipalRecord {
    throwIfInvalid(
      checkRequired(principal.field, name, principal.attachNameConstraint),
      checkRequired('policyArn', arn, ARN_CONSTRAINT),
    );
    requireParsableArn(arn);
    return principal.require(context, name);
  }

  return {
    attach(name, arn) {
      const record = target(name, arn);
      if (!context.policies.exists(arn)) throw policyNotAttachable(arn);
      // Service-linked role policies exist for roles only.
      if (context.policies.awsPolicy(arn)?.meta.Path === SERVICE_ROLE_POLICY_PATH) {
        throw serviceRolePolicyNotAttachable(principal.label);
      }
      if (record.attachedPolicies.includes(arn)) return {}; // attaching again is a no-op
      if (record.attachedPolicies.length >= MANAGED_POLICIES_PER_PRINCIPAL) {
        throw limitExceeded(principal.attachedQuota, MANAGED_POLICIES_PER_PRINCIPAL);
      }
      record.attachedPolicies.push(arn);
      context.policies.attach(arn, principal.kind, principalKey(principal, record));
      return {};
    },

    detach(name, arn) {
      const record = target(name, arn);
      if (!removeKey(record.attachedPolicies, arn)) throw policyNotFound(arn);
      context.policies.detach(arn, principal.kind, principalKey(principal, record));
      return {};
    },

    list(name, input) {
      const i = given(input);
      throwIfInvalid(
        checkRequired(principal.field, name, principal.attachNameConstraint),
        checkString('pathPrefix', i.PathPrefix, POLICY_PATH_CONSTRAINT),
        pageViolations(i),
      );
      const record = principal.require(context, name);
      const attached = record.attachedPolicies.flatMap((arn): AttachedPolicy[] => {
        const parsed = parsePolicyArn(arn);
        if (!parsed || (i.PathPrefix && !parsed.path.startsWith(i.PathPrefix))) return [];
        return [{ PolicyName: parsed.name, PolicyArn: arn }];
      });
      const { items, page } = pageOfItems(i, attached);
      return { AttachedPolicies: items, ...page };
    },
  };
}
