import { describe, expect, it } from 'vitest';
import type { IamEngine } from './engine';
import { examplePolicyArn, expectIamError, iamErrorOf, policyDocument, testEngine, validationText } from './engine-test-kit';
import type { Page, PageInput } from './types';

/** Five items in every list: users u1–u5 in group g1, u1 in groups g1–g5, five attached and five inline policies on g1 and u1. */
function engineWithFiveOfEverything(): IamEngine {
  const engine = testEngine();
  for (let i = 1; i <= 5; i++) {
    engine.createGroup({ GroupName: `g${i}` });
    engine.createUser({ UserName: `u${i}` });
    engine.addUserToGroup({ GroupName: 'g1', UserName: `u${i}` });
    engine.addUserToGroup({ GroupName: `g${i}`, UserName: 'u1' });
    engine.attachGroupPolicy({ GroupName: 'g1', PolicyArn: examplePolicyArn(i) });
    engine.attachUserPolicy({ UserName: 'u1', PolicyArn: examplePolicyArn(i) });
    engine.putGroupPolicy({ GroupName: 'g1', PolicyName: `p${i}`, PolicyDocument: policyDocument() });
    engine.putUserPolicy({ UserName: 'u1', PolicyName: `p${i}`, PolicyDocument: policyDocument() });
    engine.createPolicy({ PolicyName: `local${i}`, PolicyDocument: policyDocument() });
  }
  // ExamplePolicy11 is attached to four groups and one user: its entity pages cross from groups to users
  for (let i = 2; i <= 5; i++) engine.attachGroupPolicy({ GroupName: `g${i}`, PolicyArn: examplePolicyArn(11) });
  engine.attachUserPolicy({ UserName: 'u2', PolicyArn: examplePolicyArn(11) });
  return engine;
}

type Lister = (engine: IamEngine, page: PageInput) => Page & { items: unknown[] };

const LISTS: Record<string, Lister> = {
  ListGroups: (e, p) => ({ ...e.listGroups(p), items: e.listGroups(p).Groups }),
  ListUsers: (e, p) => ({ ...e.listUsers(p), items: e.listUsers(p).Users }),
  GetGroup: (e, p) => ({ ...e.getGroup({ GroupName: 'g1', ...p }), items: e.getGroup({ GroupName: 'g1', ...p }).Users }),
  ListGroupsForUser: (e, p) => {
    const r = e.listGroupsForUser({ UserName: 'u1', ...p });
    return { ...r, items: r.Groups };
  },
  ListAttachedGroupPolicies: (e, p) => {
    const r = e.listAttachedGroupPolicies({ GroupName: 'g1', ...p });
    return { ...r, items: r.AttachedPolicies };
  },
  ListGroupPolicies: (e, p) => {
    const r = e.listGroupPolicies({ GroupName: 'g1', ...p });
    return { ...r, items: r.PolicyNames };
  },
  ListAttachedUserPolicies: (e, p) => {
    const r = e.listAttachedUserPolicies({ UserName: 'u1', ...p });
    return { ...r, items: r.AttachedPolicies };
  },
  ListUserPolicies: (e, p) => {
    const r = e.listUserPolicies({ UserName: 'u1', ...p });
    return { ...r, items: r.PolicyNames };
  },
  ListPolicies: (e, p) => {
    const r = e.listPolicies({ Scope: 'Local', ...p });
    return { ...r, items: r.Policies };
  },
  ListEntitiesForPolicy: (e, p) => {
    const r = e.listEntitiesForPolicy({ PolicyArn: examplePolicyArn(11), ...p });
    return { ...r, items: [...r.PolicyGroups, ...r.PolicyUsers] };
  },
};

describe.each(Object.entries(LISTS))('%s paging', (_name, list) => {
  it('answers IsTruncated always and Marker only when there is more', () => {
    const engine = engineWithFiveOfEverything();
    const all = list(engine, {});
    expect(all.items).toHaveLength(5);
    expect(all.IsTruncated).toBe(false);
    expect(all).not.toHaveProperty('Marker');
    const exact = list(engine, { MaxItems: 5 });
    expect([exact.items.length, exact.IsTruncated, 'Marker' in exact]).toEqual([5, false, false]);
  });

  it('walks the whole list page by page with MaxItems and Marker', () => {
    const engine = engineWithFiveOfEverything();
    const seen: unknown[] = [];
    let page = list(engine, { MaxItems: 2 });
    const sizes = [page.items.length];
    seen.push(...page.items);
    while (page.IsTruncated) {
      expect(typeof page.Marker).toBe('string');
      page = list(engine, { MaxItems: 2, Marker: page.Marker });
      sizes.push(page.items.length);
      seen.push(...page.items);
    }
    expect(sizes).toEqual([2, 2, 1]);
    expect(seen).toEqual(list(engine, {}).items);
  });

  it('rejects MaxItems outside 1–1000 and markers it did not make', () => {
    const engine = engineWithFiveOfEverything();
    expectIamError(
      () => list(engine, { MaxItems: 0 }),
      'ValidationError',
      400,
      validationText('maxItems', '0', 'Member must have value greater than or equal to 1'),
    );
    expect(iamErrorOf(() => list(engine, { MaxItems: 1001 })).message).toBe(
      validationText('maxItems', '1001', 'Member must have value less than or equal to 1000'),
    );
    expect(() => list(engine, { MaxItems: 1000 })).not.toThrow();
    expectIamError(() => list(engine, { Marker: 'not a marker!' }), 'ValidationError', 400, 'Invalid Marker');
  });
});

describe('paging defaults and stability', () => {
  it('returns 100 items per page by default', () => {
    const engine = testEngine();
    for (let i = 0; i < 150; i++) engine.createUser({ UserName: `user${String(i).padStart(3, '0')}` });
    const first = engine.listUsers({});
    expect([first.Users.length, first.IsTruncated]).toEqual([100, true]);
    expect(engine.listUsers({ Marker: first.Marker }).Users).toHaveLength(50);
  });

  it('resumes after the last item returned even if it was deleted in between', () => {
    const engine = testEngine();
    for (const UserName of ['a', 'b', 'c', 'd']) engine.createUser({ UserName });
    const first = engine.listUsers({ MaxItems: 2 });
    engine.deleteUser({ UserName: 'b' });
    expect(engine.listUsers({ Marker: first.Marker }).Users.map((u) => u.UserName)).toEqual(['c', 'd']);
  });

  it('keeps a path filter across pages', () => {
    const engine = testEngine();
    for (const [UserName, Path] of [['a', '/x/'], ['b', '/'], ['c', '/x/'], ['d', '/x/y/'], ['e', '/']] as const) {
      engine.createUser({ UserName, Path });
    }
    const first = engine.listUsers({ PathPrefix: '/x/', MaxItems: 2 });
    expect(first.Users.map((u) => u.UserName)).toEqual(['a', 'c']);
    expect(engine.listUsers({ PathPrefix: '/x/', MaxItems: 2, Marker: first.Marker }).Users.map((u) => u.UserName)).toEqual(['d']);
  });
});
