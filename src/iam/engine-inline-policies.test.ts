import { describe, expect, it } from 'vitest';
import { expectIamError, iamErrorOf, PATTERN_CONSTRAINT, policyDocument, testEngine, validationText } from './engine-test-kit';
import { policyDocumentSize } from './policy-document';

function engineWithGroupAndUser() {
  const engine = testEngine();
  engine.createGroup({ GroupName: 'Devs' });
  engine.createUser({ UserName: 'jane' });
  return engine;
}

/** a valid document of exactly `size` non-whitespace characters */
function documentOfSize(size: number, action = 's3:GetObject'): string {
  const base = policyDocumentSize(policyDocument(action, 1)) - 1;
  const document = policyDocument(action, size - base);
  expect(policyDocumentSize(document)).toBe(size);
  return document;
}

describe('inline group policies', () => {
  it('round-trip the document byte for byte', () => {
    const engine = engineWithGroupAndUser();
    const document = '{\n  "Version": "2012-10-17",\n\t"Statement": {"Effect": "Allow", "Action": "s3:*", "Resource": "arn:aws:s3:::a/*?&=+%"}\n}';
    expect(engine.putGroupPolicy({ GroupName: 'devs', PolicyName: 'S3All', PolicyDocument: document })).toEqual({});
    expect(engine.getGroupPolicy({ GroupName: 'DEVS', PolicyName: 's3all' })).toEqual({
      GroupName: 'Devs',
      PolicyName: 'S3All',
      PolicyDocument: document,
    });
  });

  it('replace a policy of the same name (in any case)', () => {
    const engine = engineWithGroupAndUser();
    engine.putGroupPolicy({ GroupName: 'Devs', PolicyName: 'p', PolicyDocument: policyDocument('s3:GetObject') });
    engine.putGroupPolicy({ GroupName: 'Devs', PolicyName: 'P', PolicyDocument: policyDocument('ec2:*') });
    expect(engine.listGroupPolicies({ GroupName: 'Devs' }).PolicyNames).toEqual(['P']);
    expect(engine.getGroupPolicy({ GroupName: 'Devs', PolicyName: 'p' }).PolicyDocument).toBe(policyDocument('ec2:*'));
  });

  it('list policy names alphabetically and always say IsTruncated', () => {
    const engine = engineWithGroupAndUser();
    for (const PolicyName of ['zeta', 'Alpha', 'mid']) {
      engine.putGroupPolicy({ GroupName: 'Devs', PolicyName, PolicyDocument: policyDocument() });
    }
    expect(engine.listGroupPolicies({ GroupName: 'Devs' })).toEqual({ PolicyNames: ['Alpha', 'mid', 'zeta'], IsTruncated: false });
  });

  it('reject malformed documents', () => {
    const engine = engineWithGroupAndUser();
    expectIamError(
      () => engine.putGroupPolicy({ GroupName: 'Devs', PolicyName: 'p', PolicyDocument: '{"Version":' }),
      'MalformedPolicyDocument',
      400,
      'This policy contains invalid Json',
    );
    expectIamError(
      () => engine.putGroupPolicy({ GroupName: 'Devs', PolicyName: 'p', PolicyDocument: '{"Version":"2012-10-17"}' }),
      'MalformedPolicyDocument',
      400,
      'Syntax errors in policy.',
    );
  });

  it('validate the policy name and document parameters', () => {
    const engine = engineWithGroupAndUser();
    expect(iamErrorOf(() => engine.putGroupPolicy({ GroupName: 'Devs', PolicyName: 'a b', PolicyDocument: policyDocument() })).message).toBe(
      validationText('policyName', 'a b', PATTERN_CONSTRAINT),
    );
    const long = 'p'.repeat(129);
    expect(iamErrorOf(() => engine.putGroupPolicy({ GroupName: 'Devs', PolicyName: long, PolicyDocument: policyDocument() })).message).toBe(
      validationText('policyName', long, 'Member must have length less than or equal to 128'),
    );
    // the model allows tab, line feed, carriage return and U+0020–U+00FF only
    expect(iamErrorOf(() => engine.putGroupPolicy({ GroupName: 'Devs', PolicyName: 'p', PolicyDocument: policyDocument('s3:Get€') })).message).toContain(
      String.raw`at 'policyDocument' failed to satisfy constraint: Member must satisfy regular expression pattern: [\u0009\u000A\u000D\u0020-\u00FF]+`,
    );
    expect(iamErrorOf(() => engine.putGroupPolicy({ GroupName: 'Devs', PolicyName: 'p', PolicyDocument: '' })).message).toContain(
      "at 'policyDocument' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  });

  it('cap the total size of a group’s inline policies at 5,120 characters, whitespace not counted', () => {
    const engine = engineWithGroupAndUser();
    engine.putGroupPolicy({ GroupName: 'Devs', PolicyName: 'one', PolicyDocument: documentOfSize(3000) });
    expectIamError(
      () => engine.putGroupPolicy({ GroupName: 'Devs', PolicyName: 'two', PolicyDocument: documentOfSize(2121) }),
      'LimitExceeded',
      409,
      'Maximum policy size of 5120 bytes exceeded for group Devs',
    );
    const exactlyFull = documentOfSize(2120);
    engine.putGroupPolicy({ GroupName: 'Devs', PolicyName: 'two', PolicyDocument: JSON.stringify(JSON.parse(exactlyFull), null, 8) });
    // replacing a policy does not count its old version
    expect(() => engine.putGroupPolicy({ GroupName: 'Devs', PolicyName: 'one', PolicyDocument: documentOfSize(3000, 'ec2:*') })).not.toThrow();
  });

  it('report a missing policy or group', () => {
    const engine = engineWithGroupAndUser();
    expectIamError(() => engine.getGroupPolicy({ GroupName: 'Devs', PolicyName: 'nope' }), 'NoSuchEntity', 404, 'The group policy with name nope cannot be found.');
    expectIamError(() => engine.deleteGroupPolicy({ GroupName: 'Devs', PolicyName: 'nope' }), 'NoSuchEntity', 404, 'The group policy with name nope cannot be found.');
    expectIamError(() => engine.listGroupPolicies({ GroupName: 'Nope' }), 'NoSuchEntity', 404, 'The group with name Nope cannot be found.');
    expectIamError(
      () => engine.putGroupPolicy({ GroupName: 'Nope', PolicyName: 'p', PolicyDocument: policyDocument() }),
      'NoSuchEntity',
      404,
      'The group with name Nope cannot be found.',
    );
  });

  it('delete', () => {
    const engine = engineWithGroupAndUser();
    engine.putGroupPolicy({ GroupName: 'Devs', PolicyName: 'p', PolicyDocument: policyDocument() });
    expect(engine.deleteGroupPolicy({ GroupName: 'Devs', PolicyName: 'P' })).toEqual({});
    expect(engine.listGroupPolicies({ GroupName: 'Devs' }).PolicyNames).toEqual([]);
  });
});

describe('inline user policies', () => {
  it('work like group ones, with the user wording and a 2,048 character total', () => {
    const engine = engineWithGroupAndUser();
    engine.putUserPolicy({ UserName: 'JANE', PolicyName: 'p', PolicyDocument: policyDocument() });
    expect(engine.getUserPolicy({ UserName: 'jane', PolicyName: 'p' })).toEqual({
      UserName: 'jane',
      PolicyName: 'p',
      PolicyDocument: policyDocument(),
    });
    expect(engine.listUserPolicies({ UserName: 'jane' })).toEqual({ PolicyNames: ['p'], IsTruncated: false });
    engine.putUserPolicy({ UserName: 'jane', PolicyName: 'p', PolicyDocument: documentOfSize(2048) });
    expectIamError(
      () => engine.putUserPolicy({ UserName: 'jane', PolicyName: 'p', PolicyDocument: documentOfSize(2049) }),
      'LimitExceeded',
      409,
      'Maximum policy size of 2048 bytes exceeded for user jane',
    );
    expectIamError(() => engine.deleteUserPolicy({ UserName: 'jane', PolicyName: 'q' }), 'NoSuchEntity', 404, 'The user policy with name q cannot be found.');
    engine.deleteUserPolicy({ UserName: 'jane', PolicyName: 'p' });
    expectIamError(() => engine.getUserPolicy({ UserName: 'jane', PolicyName: 'p' }), 'NoSuchEntity', 404, 'The user policy with name p cannot be found.');
  });
});
