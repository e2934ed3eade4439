import { describe, expect, it } from 'vitest';
import { decodeIamRequest, nestPairs } from '../../src/mocks/query-params';

const form = (body: string, contentType = 'application/x-www-form-urlencoded; charset=utf-8') =>
  new Request('http://iam.sandbox.test/', { method: 'POST', headers: { 'Content-Type': contentType }, body });

async function rejection(request: Request) {
  try {
    await decodeIamRequest(request);
  } catch (error) {
    return error as { code: string; message: string; httpStatus: number };
  }
  throw new Error('expected the request to be rejected');
}

describe('reading an IAM Query request', () => {
  it('reads the action, version and parameters of a form POST, as the SDK and CLI send them', async () => {
    const decoded = await decodeIamRequest(form('Action=CreateGroup&Version=2010-05-08&GroupName=Developers'));
    expect(decoded).toEqual({ action: 'CreateGroup', version: '2010-05-08', params: { GroupName: 'Developers' } });
  });

  it('reads the same parameters from a GET query string', async () => {
    const decoded = await decodeIamRequest(
      new Request('http://iam.sandbox.test/?Action=GetGroup&Version=2010-05-08&GroupName=Dev%20Ops&MaxItems=5'),
    );
    expect(decoded.params).toEqual({ GroupName: 'Dev Ops', MaxItems: 5 });
  });

  it('turns MaxItems into a number and OnlyAttached into a boolean', async () => {
    const decoded = await decodeIamRequest(
      form('Action=ListPolicies&Version=2010-05-08&OnlyAttached=true&MaxItems=20&Scope=AWS'),
    );
    expect(decoded.params).toEqual({ OnlyAttached: true, MaxItems: 20, Scope: 'AWS' });
  });

  it('keeps plus signs and percent-escapes of form encoding apart', async () => {
    const decoded = await decodeIamRequest(
      form('Action=PutGroupPolicy&Version=2010-05-08&GroupName=a&PolicyName=p&PolicyDocument=%7B%22a%2Bb%22%3A+1%7D'),
    );
    expect(decoded.params.PolicyDocument).toBe('{"a+b": 1}');
  });

  it('drops parameters the action does not take', async () => {
    const decoded = await decodeIamRequest(form('Action=DeleteGroup&Version=2010-05-08&GroupName=a&Force=true'));
    expect(decoded.params).toEqual({ GroupName: 'a' });
  });

  it('decodes X.member.N lists, 1-based and in index order, with nested fields', () => {
    const pairs = new URLSearchParams('Names.member.2=b&Names.member.1=a&Tags.member.1.Key=team&Tags.member.1.Value=x');
    expect(nestPairs(pairs)).toEqual({ Names: ['a', 'b'], Tags: [{ Key: 'team', Value: 'x' }] });
  });

  it('ignores keys that would reach an object prototype', () => {
    const pairs = new URLSearchParams('__proto__.member.1.polluted=yes&A.constructor.prototype.polluted=yes&B=ok');
    expect(nestPairs(pairs)).toEqual({ B: 'ok' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as unknown as unknown[])[0]).toBeUndefined();
  });
});

describe('rejecting a request as IAM does', () => {
  it('reports a missing required parameter by its camelCase member name', async () => {
    const error = await rejection(form('Action=CreateGroup&Version=2010-05-08'));
    expect(error).toMatchObject({ code: 'ValidationError', httpStatus: 400 });
    expect(error.message).toBe(
      "1 validation error detected: Value null at 'groupName' failed to satisfy constraint: Member must not be null",
    );
  });

  it('reports every missing parameter at once, in model order', async () => {
    const error = await rejection(form('Action=AddUserToGroup&Version=2010-05-08'));
    expect(error.message).toBe(
      "2 validation errors detected: Value null at 'groupName' failed to satisfy constraint: Member must not be null; " +
        "Value null at 'userName' failed to satisfy constraint: Member must not be null",
    );
  });

  it('rejects a MaxItems that is not a number and an unknown Scope', async () => {
    const error = await rejection(form('Action=ListPolicies&Version=2010-05-08&Scope=Mine&MaxItems=ten'));
    expect(error.message).toBe(
      "2 validation errors detected: Value 'Mine' at 'scope' failed to satisfy constraint: Member must satisfy enum value set: [All, AWS, Local]; " +
        "Value 'ten' at 'maxItems' failed to satisfy constraint: Member must be a valid integer",
    );
  });

  it('answers an unknown action with InvalidAction', async () => {
    const error = await rejection(form('Action=CreateRocket&Version=2010-05-08'));
    expect(error).toMatchObject({ code: 'InvalidAction', httpStatus: 400 });
    expect(error.message).toBe('Could not find operation CreateRocket for version 2010-05-08');
  });

  it('answers a request without an action, or for another API version, with InvalidAction', async () => {
    expect((await rejection(form('Version=2010-05-08'))).message).toBe(
      'Could not find operation null for version 2010-05-08',
    );
    const wrongVersion = await rejection(form('Action=ListUsers&Version=2006-03-01'));
    expect(wrongVersion).toMatchObject({ code: 'InvalidAction', httpStatus: 400 });
    expect(wrongVersion.message).toBe('Could not find operation ListUsers for version 2006-03-01');
  });
});
