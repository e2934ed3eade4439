import { describe, expect, it } from 'vitest';
import { extractSandboxParams } from './url-params';

describe('the sandbox’s URL parameters', () => {
  it('are read before the hash and removed from the address', () => {
    expect(extractSandboxParams('http://localhost:5173/?scenario=classroom#/groups')).toEqual({
      params: { scenario: 'classroom', faults: [] },
      cleanedHref: 'http://localhost:5173/#/groups',
    });
  });

  it('are read inside the hash, leaving the page’s own parameters', () => {
    expect(extractSandboxParams('http://localhost/#/groups/details/Admins?scenario=classroom&section=permissions')).toEqual({
      params: { scenario: 'classroom', faults: [] },
      cleanedHref: 'http://localhost/#/groups/details/Admins?section=permissions',
    });
  });

  it('collect every fault, also comma-separated, and the latency', () => {
    const { params, cleanedHref } = extractSandboxParams(
      'http://localhost/?lang=en&latency=800&fault=AttachGroupPolicy:Throttling&fault=*:ServiceFailure:0.5,ListUsers:AccessDenied#/home',
    );
    expect(params).toEqual({
      latency: '800',
      faults: ['AttachGroupPolicy:Throttling', '*:ServiceFailure:0.5', 'ListUsers:AccessDenied'],
    });
    expect(cleanedHref).toBe('http://localhost/?lang=en#/home');
  });

  it('leave an address without them alone', () => {
    expect(extractSandboxParams('http://localhost/#/groups?section=users')).toEqual({ params: { faults: [] } });
    expect(extractSandboxParams('http://localhost/?scenario=empty')).toEqual({
      params: { scenario: 'empty', faults: [] },
      cleanedHref: 'http://localhost/',
    });
  });
});
