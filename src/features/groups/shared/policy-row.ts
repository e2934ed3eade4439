import type { PolicyType } from '../../../api/policies/policy-type';

/** IAM's quota: at most 10 managed policies attached to a group (PoliciesPerGroup, not adjustable). */
export const POLICIES_PER_GROUP = 10;

/**
 * A row of the policy picker. An expanded policy gets one child row, `documentOf` set,
 * that shows the policy's JSON.
 */
export interface PolicyRow {
  /** the ARN, or `ARN#document` for a document row */
  id: string;
  Arn: string;
  PolicyName: string;
  DefaultVersionId: string;
  type: PolicyType;
  attachmentCount: number;
  description?: string;
  documentOf?: string;
}

export const documentRowOf = (row: PolicyRow): PolicyRow => ({ ...row, id: `${row.Arn}#document`, documentOf: row.Arn });
