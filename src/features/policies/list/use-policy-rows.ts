import type { Policy } from '@aws-sdk/client-iam';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { policyListQuery } from '../../../api/policies/policy-queries';
import { awsPolicySummariesQuery } from '../../../api/policies/policy-summaries';
import { policyTypeOf, type PolicyType } from '../../../api/policies/policy-type';

/** One row of the Policies table, derived once per list load so typing in Search stays cheap. */
export interface PolicyRow {
  arn: string;
  name: string;
  type: PolicyType;
  attachmentCount: number;
  description: string;
  /** the description is the sandbox's summary of the document, not AWS's text */
  summarized: boolean;
  /** lower-case name and description: what Search matches against */
  searchText: string;
  createDate?: Date;
}

function toRow(policy: Policy, summaries: Map<string, string> | undefined): PolicyRow {
  const arn = policy.Arn ?? '';
  const type = policyTypeOf(arn);
  const summary = type === 'Customer managed' ? undefined : summaries?.get(arn);
  const description = policy.Description || summary || '';
  const name = policy.PolicyName ?? '';
  return {
    arn,
    name,
    type,
    attachmentCount: policy.AttachmentCount ?? 0,
    description,
    summarized: !policy.Description && Boolean(summary),
    searchText: `${name}\n${description}`.toLowerCase(),
    createDate: policy.CreateDate,
  };
}

/** Every managed policy as table rows; AWS managed descriptions arrive a moment later (lazy chunk). */
export function usePolicyRows() {
  const policies = useQuery(policyListQuery());
  const summaries = useQuery(awsPolicySummariesQuery());
  const rows = useMemo(
    () => (policies.data ?? []).map((policy) => toRow(policy, summaries.data)),
    [policies.data, summaries.data],
  );
  return { rows, policies };
}
