import { queryOptions } from '@tanstack/react-query';
import { iamKeys } from '../query-keys';

/**
 * IAM's ListPolicies carries no descriptions, and the catalog has none from AWS either.
 * The console's Description column for AWS managed policies therefore shows a summary
 * derived from each document at build time ("Read and list in S3"), loaded as a lazy chunk.
 */
export const awsPolicySummariesQuery = () =>
  queryOptions({
    queryKey: [...iamKeys.policies(), 'aws-summaries'] as const,
    queryFn: async () => {
      const { default: catalog } = await import('../../generated/aws-managed-policies.json');
      const byArn = new Map<string, string>();
      for (const policy of catalog) {
        byArn.set(`arn:aws:iam::aws:policy${policy.Path}${policy.PolicyName}`, policy.Summary);
      }
      return byArn;
    },
    staleTime: Infinity,
  });
