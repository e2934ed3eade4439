/** `arn:aws:iam::aws:policy/job-function/ViewOnlyAccess` → `ViewOnlyAccess`: chunks are keyed by name. */
export function policyNameOfArn(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1);
}
