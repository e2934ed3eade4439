import { describe, expect, it } from 'vitest';
import { errorXml, successXml } from '../../src/mocks/xml';
import { encodeRfc3986, escapeXml } from '../../src/mocks/xml-text';

const NS = 'xmlns="https://iam.amazonaws.com/doc/2010-05-08/"';
const META = '<ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata>';

describe('IAM XML answers', () => {
  it('wraps an output in XResponse/XResult with the request ID', () => {
    const group = {
      Path: '/',
      GroupName: 'Developers',
      GroupId: 'AGPA0A1B2C3D4E5F6G7H8',
      Arn: 'arn:aws:iam::123456789012:group/Developers',
      CreateDate: '2026-06-15T10:42:11Z',
    };
    expect(successXml('CreateGroup', { Group: group }, 'req-1')).toBe(
      `<CreateGroupResponse ${NS}><CreateGroupResult><Group><Path>/</Path><GroupName>Developers</GroupName>` +
        '<GroupId>AGPA0A1B2C3D4E5F6G7H8</GroupId><Arn>arn:aws:iam::123456789012:group/Developers</Arn>' +
        `<CreateDate>2026-06-15T10:42:11Z</CreateDate></Group></CreateGroupResult>${META}</CreateGroupResponse>`,
    );
  });

  it('sends an action without output as ResponseMetadata only', () => {
    expect(successXml('AddUserToGroup', {}, 'req-1')).toBe(`<AddUserToGroupResponse ${NS}>${META}</AddUserToGroupResponse>`);
  });

  it('lists members, writes an empty list as a self-closed element, and booleans as words', () => {
    const xml = successXml('ListGroupPolicies', { PolicyNames: ['a', 'b'], IsTruncated: false }, 'req-1');
    expect(xml).toContain('<PolicyNames><member>a</member><member>b</member></PolicyNames><IsTruncated>false</IsTruncated>');
    expect(successXml('ListUsers', { Users: [], IsTruncated: false }, 'req-1')).toContain('<Users/>');
  });

  it('leaves out absent fields such as the Marker of a last page', () => {
    expect(successXml('ListUsers', { Users: [], IsTruncated: false, Marker: undefined }, 'r')).not.toContain('Marker');
  });

  it('writes the account summary as entry/key/value pairs', () => {
    const xml = successXml('GetAccountSummary', { SummaryMap: { Groups: 2, GroupsQuota: 300 } }, 'req-1');
    expect(xml).toContain(
      '<SummaryMap><entry><key>Groups</key><value>2</value></entry><entry><key>GroupsQuota</key><value>300</value></entry></SummaryMap>',
    );
  });

  it('URL-encodes policy documents (RFC 3986) and escapes every other text', () => {
    const xml = successXml('GetGroupPolicy', { GroupName: 'R&D', PolicyName: 'p', PolicyDocument: `{"a": "!'()*"}` }, 'r');
    expect(xml).toContain('<GroupName>R&amp;D</GroupName>');
    expect(xml).toContain('<PolicyDocument>%7B%22a%22%3A%20%22%21%27%28%29%2A%22%7D</PolicyDocument>');
  });

  it('puts an error and its request ID side by side in ErrorResponse', () => {
    const xml = errorXml({ type: 'Sender', code: 'NoSuchEntity', message: 'The user with name <x> cannot be found.' }, 'req-1');
    expect(xml).toBe(
      `<ErrorResponse ${NS}><Error><Type>Sender</Type><Code>NoSuchEntity</Code>` +
        '<Message>The user with name &lt;x&gt; cannot be found.</Message></Error><RequestId>req-1</RequestId></ErrorResponse>',
    );
  });

  it('escapes the five XML specials and keeps carriage returns', () => {
    expect(escapeXml(`&<>"'\r`)).toBe('&amp;&lt;&gt;&quot;&apos;&#xD;');
    expect(decodeURIComponent(encodeRfc3986('ü €+ %'))).toBe('ü €+ %');
  });
});
