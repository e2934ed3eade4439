/**
 * Shared fixtures for the engine's tests: a small fake AWS managed policy
 * catalog, a fixed clock, seeded IDs, and helpers that capture IamErrors.
 * Not shipped: only *.test.ts files import it.
 */
import { expect } from 'vitest';
import { fixedClock } from './clock';
import { createIamEngine, type IamEngine } from './engine';
import { IamError } from './errors';
import { seededIds } from './ids';
import { emptyState } from './state';
import type { AwsManagedPolicyMeta, IamState, PolicyCatalog } from './types';

export const ACCOUNT = '123456789012';
export const NOW = '2026-06-15T10:42:11Z';

const meta = (PolicyName: string, Path = '/'): AwsManagedPolicyMeta => ({
  PolicyName,
  Path,
  DefaultVersionId: 'v1',
  CreateDate: '2015-02-06T18:39:46Z',
  UpdateDate: '2015-02-06T18:39:46Z',
  Summary: 'Full access to all services',
});

export const FAKE_METAS: readonly AwsManagedPolicyMeta[] = [
  meta('AdministratorAccess'),
  meta('AmazonS3ReadOnlyAccess'),
  meta('ReadOnlyAccess'),
  meta('IAMUserChangePassword'),
  meta('ViewOnlyAccess', '/job-function/'),
  meta('Billing', '/job-function/'),
  meta('AWSLambdaBasicExecutionRole', '/service-role/'),
  meta('AWSSupportServiceRolePolicy', '/aws-service-role/'),
  // eleven plain policies: enough to hit the quota of 10 managed policies per group or user
  ...Array.from({ length: 11 }, (_, index) => meta(`ExamplePolicy${String(index + 1).padStart(2, '0')}`)),
];

export const awsArn = (name: string, path = '/') => `arn:aws:iam::aws:policy${path}${name}`;
export const ADMIN_ARN = awsArn('AdministratorAccess');
export const S3_READ_ARN = awsArn('AmazonS3ReadOnlyAccess');
export const VIEW_ONLY_ARN = awsArn('ViewOnlyAccess', '/job-function/');
export const SERVICE_ROLE_ARN = awsArn('AWSSupportServiceRolePolicy', '/aws-service-role/');
export const examplePolicyArn = (n: number) => awsArn(`ExamplePolicy${String(n).padStart(2, '0')}`);

export const ADMIN_DOCUMENT = JSON.stringify(
  { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
  null,
  4,
);

export function fakeCatalog(metas: readonly AwsManagedPolicyMeta[] = FAKE_METAS): PolicyCatalog {
  const arns = new Set(metas.map((m) => awsArn(m.PolicyName, m.Path)));
  return {
    policies: metas,
    loadDocument: async (arn) => {
      if (!arns.has(arn)) throw new Error(`no document for ${arn}`);
      return ADMIN_DOCUMENT;
    },
  };
}

export interface TestEngineOptions {
  state?: IamState;
  catalog?: PolicyCatalog;
  now?: () => Date;
  seed?: string;
}

export function testEngine(options: TestEngineOptions = {}): IamEngine {
  return createIamEngine({
    state: options.state ?? emptyState(),
    catalog: options.catalog ?? fakeCatalog(),
    now: options.now ?? fixedClock(NOW),
    newId: seededIds(options.seed ?? 'tests'),
  });
}

/** a valid identity policy document; `padding` adds non-whitespace characters to reach a size */
export function policyDocument(action = 's3:GetObject', padding = 0): string {
  const sid = padding > 0 ? 'x'.repeat(padding) : undefined;
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ ...(sid ? { Sid: sid } : {}), Effect: 'Allow', Action: action, Resource: '*' }],
  });
}

/** runs `action` and returns the IamError it throws (fails the test if it throws nothing or something else) */
export function iamErrorOf(action: () => unknown): IamError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(IamError);
    return error as IamError;
  }
  throw new Error('expected an IamError, but the action succeeded');
}

export async function iamRejectionOf(promise: Promise<unknown>): Promise<IamError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(IamError);
    return error as IamError;
  }
  throw new Error('expected an IamError, but the action succeeded');
}

export function expectIamError(action: () => unknown, code: string, httpStatus: number, message: string): void {
  const error = iamErrorOf(action);
  expect({ code: error.code, httpStatus: error.httpStatus, message: error.message }).toEqual({
    code,
    httpStatus,
    message,
  });
}

/** `1 validation error detected: Value 'v' at 'field' failed to satisfy constraint: C` */
export function validationText(field: string, value: string | null, constraint: string): string {
  const quoted = value === null ? 'null' : `'${value}'`;
  return `1 validation error detected: Value ${quoted} at '${field}' failed to satisfy constraint: ${constraint}`;
}

export const PATTERN_CONSTRAINT = String.raw`Member must satisfy regular expression pattern: [\w+=,.@-]+`;

export function createUsers(engine: IamEngine, names: string[]): void {
  for (const UserName of names) engine.createUser({ UserName });
}
