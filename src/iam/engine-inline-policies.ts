/**
 * Put/Get/List/Delete inline policies of groups and users. Documents are stored
 * exactly as given (IAM returns them byte for byte); their total size per entity,
 * whitespace not counted, is capped (5,120 for a group, 2,048 for a user).
 * Inline policy names, like all IAM names, are unique ignoring case.
 */
import {
  checkRequired,
  POLICY_DOCUMENT_CONSTRAINT,
  POLICY_NAME_CONSTRAINT,
  throwIfInvalid,
  type Violation,
} from './constraints';
import type { EngineContext } from './engine-context';
import { given } from './engine-lookup';
import type { Principal, PrincipalRecord } from './engine-principals';
import { inlinePolicySizeExceeded } from './errors';
import { pageOfKeys, pageViolations } from './paging';
import { policyDocumentSize, validatePolicyDocument } from './policy-document';
import { deleteEntry, getEntry, nameKey, setEntry } from './records';
import { SortedKeys } from './sorted-keys';
import type { InlinePolicyRecord, Page, PageInput } from './types';

export interface InlinePolicyActions {
  put(name: string, policyName: string, document: string): void;
  get(name: string, policyName: string): { entityName: string; policy: InlinePolicyRecord };
  list(name: string, input: PageInput): { PolicyNames: string[] } & Page;
  remove(name: string, policyName: string): void;
}

export function inlinePolicyActions(context: EngineContext, principal: Principal): InlinePolicyActions {
  function target(name: string, ...more: Violation[][]): PrincipalRecord {
    throwIfInvalid(checkRequired(principal.field, name, principal.inlineNameConstraint), ...more);
    return principal.require(context, name);
  }

  function existing(record: PrincipalRecord, policyName: string): InlinePolicyRecord {
    const policy = getEntry(record.inlinePolicies, nameKey(policyName));
    if (!policy) throw principal.noSuchInlinePolicy(policyName);
    return policy;
  }

  return {
    put(name, policyName, document) {
      const record = target(
        name,
        checkRequired('policyName', policyName, POLICY_NAME_CONSTRAINT),
        checkRequired('policyDocument', document, POLICY_DOCUMENT_CONSTRAINT),
      );
      validatePolicyDocument(document);
      const key = nameKey(policyName);
      // The quota is on the total of the entity's inline policies; a replaced policy no longer counts.
      let total = policyDocumentSize(document);
      for (const [otherKey, other] of Object.entries(record.inlinePolicies)) {
        if (otherKey !== key) total += policyDocumentSize(other.PolicyDocument);
      }
      if (total > principal.inlineSizeMax) {
        const kind = principal.label === 'Group' ? 'group' : 'user';
        throw inlinePolicySizeExceeded(kind, principal.nameOf(record), principal.inlineSizeMax);
      }
      setEntry(record.inlinePolicies, key, { PolicyName: policyName, PolicyDocument: document });
    },

    get(name, policyName) {
      const record = target(name, checkRequired('policyName', policyName, POLICY_NAME_CONSTRAINT));
      return { entityName: principal.nameOf(record), policy: existing(record, policyName) };
    },

    list(name, input) {
      const i = given(input);
      const record = target(name, pageViolations(i));
      // The total size quota keeps an entity's inline policies few: sorting them per call is cheap.
      const sorted = new SortedKeys(Object.keys(record.inlinePolicies));
      const { keys, page } = pageOfKeys(i, (after) => sorted.from(after));
      return { PolicyNames: keys.map((key) => getEntry(record.inlinePolicies, key)!.PolicyName), ...page };
    },

    remove(name, policyName) {
      const record = target(name, checkRequired('policyName', policyName, POLICY_NAME_CONSTRAINT));
      existing(record, policyName);
      deleteEntry(record.inlinePolicies, nameKey(policyName));
    },
  };
}
