import { describe, expect, it } from 'vitest';
import { expectIamError } from './engine-test-kit';
import { policyDocumentProblem, policyDocumentSize, validatePolicyDocument } from './policy-document';

const statement = { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' };
const doc = (value: unknown) => JSON.stringify(value);

describe('policy document validation', () => {
  it('accepts identity policies in both grammar versions, with one statement or a list', () => {
    expect(policyDocumentProblem(doc({ Version: '2012-10-17', Statement: [statement] }))).toBeNull();
    expect(policyDocumentProblem(doc({ Version: '2008-10-17', Statement: statement }))).toBeNull();
    expect(
      policyDocumentProblem(
        doc({
          Version: '2012-10-17',
          Id: 'x',
          Statement: [
            { Sid: 'A', Effect: 'Deny', NotAction: ['iam:*'], NotResource: 'arn:aws:s3:::b', Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
          ],
        }),
      ),
    ).toBeNull();
  });

  it('accepts a document without Version, as IAM does (it means 2008-10-17)', () => {
    expect(policyDocumentProblem(doc({ Statement: [statement] }))).toBeNull();
  });

  it('calls non-JSON and non-object JSON invalid Json', () => {
    for (const text of ['', '{', 'not json', '[]', '"text"', '42', 'null']) {
      expect(policyDocumentProblem(text)).toBe('This policy contains invalid Json');
    }
  });

  it('calls broken grammar a syntax error', () => {
    const syntax = 'Syntax errors in policy.';
    expect(policyDocumentProblem(doc({ Version: '2012-10-17' }))).toBe(syntax);
    expect(policyDocumentProblem(doc({ Version: '2012-10-17', Statement: [] }))).toBe(syntax);
    expect(policyDocumentProblem(doc({ Version: '2020-01-01', Statement: [statement] }))).toBe(syntax);
    expect(policyDocumentProblem(doc({ Version: '2012-10-17', Statement: [statement], Extra: 1 }))).toBe(syntax);
    expect(policyDocumentProblem(doc({ Statement: [{ ...statement, Effect: 'Maybe' }] }))).toBe(syntax);
    expect(policyDocumentProblem(doc({ Statement: [{ ...statement, Action: 5 }] }))).toBe(syntax);
    expect(policyDocumentProblem(doc({ Statement: [{ ...statement, NotAction: 'x:y' }] }))).toBe(syntax);
    expect(policyDocumentProblem(doc({ Statement: [{ ...statement, Colour: 'red' }] }))).toBe(syntax);
    expect(policyDocumentProblem(doc({ Statement: ['text'] }))).toBe(syntax);
  });

  it('has its own words for a principal, missing actions and missing resources', () => {
    expect(policyDocumentProblem(doc({ Statement: [{ ...statement, Principal: '*' }] }))).toBe(
      'Policy document should not specify a principal.',
    );
    expect(policyDocumentProblem(doc({ Statement: [{ Effect: 'Allow', Resource: '*' }] }))).toBe(
      'Policy statement must contain actions.',
    );
    expect(policyDocumentProblem(doc({ Statement: [{ Effect: 'Allow', Action: '*' }] }))).toBe(
      'Policy statement must contain resources.',
    );
  });

  it('throws MalformedPolicyDocument (400) from the throwing variant', () => {
    expectIamError(() => validatePolicyDocument('{'), 'MalformedPolicyDocument', 400, 'This policy contains invalid Json');
    expect(() => validatePolicyDocument(doc({ Statement: statement }))).not.toThrow();
  });
});

describe('policy size', () => {
  it('does not count whitespace', () => {
    expect(policyDocumentSize('{ "a" :\n\t"b c" }\r\n')).toBe('{"a":"bc"}'.length);
    const compact = doc({ Version: '2012-10-17', Statement: [statement] });
    expect(policyDocumentSize(JSON.stringify(JSON.parse(compact), null, 4))).toBe(policyDocumentSize(compact));
  });
});
