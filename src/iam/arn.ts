/** ARNs of IAM entities. The path is part of a group's or user's ARN: `…:group/division_abc/Developers`. */

export const AWS_MANAGED_ACCOUNT = 'aws';
export const SERVICE_ROLE_POLICY_PATH = '/aws-service-role/';

export const groupArn = (accountId: string, path: string, name: string) =>
  `arn:aws:iam::${accountId}:group${path}${name}`;

export const userArn = (accountId: string, path: string, name: string) =>
  `arn:aws:iam::${accountId}:user${path}${name}`;

export const policyArn = (accountId: string, path: string, name: string) =>
  `arn:aws:iam::${accountId}:policy${path}${name}`;

export const awsManagedPolicyArn = (path: string, name: string) => policyArn(AWS_MANAGED_ACCOUNT, path, name);

export interface ParsedPolicyArn {
  /** `aws` for AWS managed policies, else the owning account */
  account: string;
  path: string;
  name: string;
}

/** any ARN: arn:partition:service:region:account:resource */
const ARN = /^arn:[a-z-]+:[a-z0-9-]+:[a-z0-9-]*:[^:]*:.+$/;
const POLICY_ARN = /^arn:aws:iam::([^:]*):policy(\/(?:.*\/)?)([^/]+)$/;

/** whether IAM can parse `arn` as an ARN at all (if not: `Invalid ARN:  Could not be parsed!`) */
export function isParsableArn(arn: string): boolean {
  return ARN.test(arn);
}

/** the parts of an IAM policy ARN, or null when `arn` names something else */
export function parsePolicyArn(arn: string): ParsedPolicyArn | null {
  const match = POLICY_ARN.exec(arn);
  if (!match) return null;
  return { account: match[1]!, path: match[2]!, name: match[3]! };
}

export function isAwsManagedPolicyArn(arn: string): boolean {
  return arn.startsWith(`arn:aws:iam::${AWS_MANAGED_ACCOUNT}:policy/`);
}
