/**
 * Inline policy documents travel URL-encoded inside XML. Whatever characters a learner
 * types within IAM's character set (tab, newlines and U+0020–U+00FF), the SDK caller
 * gets back exactly the bytes they sent (after decodeURIComponent, as with real IAM).
 */
import {
  CreateGroupCommand,
  GetGroupPolicyCommand,
  ListGroupPoliciesCommand,
  PutGroupPolicyCommand,
} from '@aws-sdk/client-iam';
import { describe, expect, it } from 'vitest';
import { expectIamError } from './support/expect-iam-error';
import { setupIamSandbox } from './support/iam-sandbox';

const { client } = setupIamSandbox();

describe('an inline group policy', () => {
  it('round-trips byte for byte, special characters and unicode included', async () => {
    const document =
      '{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Sid": "AmpLtGtQuotAposPercentPlus",\n' +
      '    "Effect": "Allow",\n    "Action": "s3:GetObject",\n' +
      '    "Resource": "arn:aws:s3:::bucket/&<>\\"\'%+ (déjà vu)/ü/©/*"\n  }]\n}';
    await client.send(new CreateGroupCommand({ GroupName: 'Developers' }));
    await client.send(new PutGroupPolicyCommand({ GroupName: 'Developers', PolicyName: 'Odd+Chars', PolicyDocument: document }));

    const stored = await client.send(new GetGroupPolicyCommand({ GroupName: 'Developers', PolicyName: 'Odd+Chars' }));
    expect(stored.PolicyName).toBe('Odd+Chars');
    expect(stored.PolicyDocument).toMatch(/^%7B%0A/);
    expect(decodeURIComponent(stored.PolicyDocument!)).toBe(document);

    const names = await client.send(new ListGroupPoliciesCommand({ GroupName: 'Developers' }));
    expect(names.PolicyNames).toEqual(['Odd+Chars']);
    expect(names.IsTruncated).toBe(false);
  });

  it('refuses characters beyond U+00FF, as IAM’s policy document pattern does', async () => {
    await client.send(new CreateGroupCommand({ GroupName: 'Developers' }));
    const document = '{"Version":"2012-10-17","Statement":[{"Sid":"Check✓","Effect":"Allow","Action":"*","Resource":"*"}]}';
    await expectIamError(
      client.send(new PutGroupPolicyCommand({ GroupName: 'Developers', PolicyName: 'Tick', PolicyDocument: document })),
      {
        name: 'ValidationError',
        message: `1 validation error detected: Value '${document}' at 'policyDocument' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+`,
        status: 400,
      },
    );
  });
});
