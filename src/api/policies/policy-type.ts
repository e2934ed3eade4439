/** The console's "Type" column, read from the ARN as the real console does. */
export type PolicyType = 'AWS managed' | 'AWS managed - job function' | 'Customer managed';

export function policyTypeOf(arn: string | undefined): PolicyType {
  if (!arn?.startsWith('arn:aws:iam::aws:policy/')) return 'Customer managed';
  return arn.startsWith('arn:aws:iam::aws:policy/job-function/') ? 'AWS managed - job function' : 'AWS managed';
}

export function isServiceRolePolicy(arn: string | undefined): boolean {
  return Boolean(arn?.startsWith('arn:aws:iam::aws:policy/aws-service-role/'));
}
