import { describe, expect, it } from 'vitest';
import {
  accessDenied,
  deleteConflict,
  entityAlreadyExists,
  IamError,
  inlinePolicySizeExceeded,
  invalidArn,
  isIamError,
  limitExceeded,
  malformedPolicy,
  noSuchGroup,
  noSuchGroupPolicy,
  noSuchPolicyVersion,
  noSuchUser,
  noSuchUserPolicy,
  policyNotAttachable,
  policyNotFound,
  serviceFailure,
  serviceRolePolicyNotAttachable,
  throttling,
  validationError,
} from './errors';

const shape = (error: IamError) => [error.code, error.httpStatus, error.type, error.message];

describe('IamError', () => {
  it('carries the AWS code, HTTP status and type, and is a real Error', () => {
    const error = new IamError('NoSuchEntity', 'gone', 404);
    expect(error).toBeInstanceOf(Error);
    expect(shape(error)).toEqual(['NoSuchEntity', 404, 'Sender', 'gone']);
    expect(new IamError('ServiceFailure', 'x', 500, 'Receiver').type).toBe('Receiver');
  });

  it('is recognised by isIamError, unlike other errors', () => {
    expect(isIamError(noSuchGroup('g'))).toBe(true);
    expect(isIamError(new Error('x'))).toBe(false);
    expect(isIamError({ code: 'NoSuchEntity' })).toBe(false);
  });
});

describe('error factories speak AWS', () => {
  it('report missing entities as 404 NoSuchEntity with the name', () => {
    expect(shape(noSuchGroup('Devs'))).toEqual(['NoSuchEntity', 404, 'Sender', 'The group with name Devs cannot be found.']);
    expect(noSuchUser('jane').message).toBe('The user with name jane cannot be found.');
    expect(noSuchGroupPolicy('P').message).toBe('The group policy with name P cannot be found.');
    expect(noSuchUserPolicy('P').message).toBe('The user policy with name P cannot be found.');
  });

  it('put the policy ARN in policy errors, as real IAM does', () => {
    const arn = 'arn:aws:iam::aws:policy/Nope';
    expect(policyNotAttachable(arn).message).toBe(`Policy ${arn} does not exist or is not attachable.`);
    expect(policyNotFound(arn).message).toBe(`Policy ${arn} was not found.`);
    expect(noSuchPolicyVersion(arn, 'v9').message).toBe(`Policy ${arn} version v9 does not exist or is not attachable.`);
  });

  it('word duplicates per entity kind (409 EntityAlreadyExists)', () => {
    expect(shape(entityAlreadyExists('Group', 'Devs'))).toEqual([
      'EntityAlreadyExists',
      409,
      'Sender',
      'Group with name Devs already exists.',
    ]);
    expect(entityAlreadyExists('User', 'jane').message).toBe('User with name jane already exists.');
    expect(entityAlreadyExists('Policy', 'P').message).toBe('A policy called P already exists. Duplicate names are not allowed.');
  });

  it('explain delete conflicts (409 DeleteConflict)', () => {
    expect(shape(deleteConflict('groupHasUsers'))).toEqual([
      'DeleteConflict',
      409,
      'Sender',
      'Cannot delete entity, must remove users from group first.',
    ]);
    expect(deleteConflict('attachedPolicies').message).toBe('Cannot delete entity, must detach all policies first.');
    expect(deleteConflict('inlinePolicies').message).toBe('Cannot delete entity, must delete policies first.');
    expect(deleteConflict('policyAttached').message).toBe('Cannot delete a policy attached to entities.');
  });

  it('name the quota in LimitExceeded (409)', () => {
    expect(shape(limitExceeded('GroupsPerAccount', 300))).toEqual([
      'LimitExceeded',
      409,
      'Sender',
      'Cannot exceed quota for GroupsPerAccount: 300',
    ]);
    expect(inlinePolicySizeExceeded('group', 'Devs', 5120).message).toBe(
      'Maximum policy size of 5120 bytes exceeded for group Devs',
    );
  });

  it('cover validation, malformed documents, attachability, access and faults', () => {
    expect(shape(validationError('bad'))).toEqual(['ValidationError', 400, 'Sender', 'bad']);
    expect(invalidArn().message).toBe('Invalid ARN:  Could not be parsed!');
    expect(shape(malformedPolicy('Syntax errors in policy.'))).toEqual([
      'MalformedPolicyDocument',
      400,
      'Sender',
      'Syntax errors in policy.',
    ]);
    expect(shape(serviceRolePolicyNotAttachable('Group'))).toEqual([
      'PolicyNotAttachable',
      400,
      'Sender',
      'Cannot attach a Service Role Policy to a Group.',
    ]);
    expect(accessDenied('123456789012', 'iam:DeletePolicy', 'policy arn:aws:iam::aws:policy/X').httpStatus).toBe(403);
    expect(shape(throttling())).toEqual(['Throttling', 400, 'Sender', 'Rate exceeded']);
    expect(serviceFailure()).toMatchObject({ code: 'ServiceFailure', httpStatus: 500, type: 'Receiver' });
  });
});
