/**
 * At IAM's limits (5,000 users, 300 groups, 10 groups per user, every AWS
 * managed policy) each call must cost O(page), not a walk over every user.
 * The state's maps are wrapped in counting proxies to prove it: no call may
 * enumerate them, and reads stay near the page size.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { IamEngine } from './engine';
import { ADMIN_ARN, examplePolicyArn, policyDocument, testEngine } from './engine-test-kit';
import type { IamState } from './types';

interface Counts {
  enumerations: number;
  reads: number;
}

function counted<T extends object>(target: T, counts: Counts): T {
  return new Proxy(target, {
    ownKeys(object) {
      counts.enumerations++;
      return Reflect.ownKeys(object);
    },
    get(object, key, receiver) {
      counts.reads++;
      return Reflect.get(object, key, receiver);
    },
  });
}

let engine: IamEngine;
const counts: Counts = { enumerations: 0, reads: 0 };

function measure(action: () => unknown): Counts {
  counts.enumerations = 0;
  counts.reads = 0;
  action();
  return { ...counts };
}

beforeAll(() => {
  engine = testEngine();
  for (let g = 0; g < 300; g++) engine.createGroup({ GroupName: `group-${String(g).padStart(3, '0')}` });
  for (let u = 0; u < 5000; u++) {
    const UserName = `user-${String(u).padStart(4, '0')}`;
    engine.createUser({ UserName, Path: u % 2 ? '/odd/' : '/' });
    // groups 0–9 hold every user; the others a share each
    for (let k = 0; k < 10; k++) {
      const g = k < 5 ? k : 5 + ((u * 7 + k) % 295);
      engine.addUserToGroup({ GroupName: `group-${String(g).padStart(3, '0')}`, UserName });
    }
    engine.attachUserPolicy({ UserName, PolicyArn: ADMIN_ARN });
  }
  for (let n = 1; n <= 10; n++) engine.attachGroupPolicy({ GroupName: 'group-000', PolicyArn: examplePolicyArn(n) });
  const state: IamState = engine.state;
  state.users = counted(state.users, counts);
  state.groups = counted(state.groups, counts);
}, 60_000);

describe('at the limits', () => {
  it('reads only a page of users for the big lists', () => {
    const cases: Array<[string, () => unknown]> = [
      ['ListUsers', () => engine.listUsers({ MaxItems: 50 })],
      ['ListUsers by path', () => engine.listUsers({ PathPrefix: '/odd/', MaxItems: 50 })],
      ['GetGroup of 5,000 members', () => engine.getGroup({ GroupName: 'group-000', MaxItems: 50 })],
      ['ListGroups', () => engine.listGroups({ MaxItems: 50 })],
      ['ListEntitiesForPolicy', () => engine.listEntitiesForPolicy({ PolicyArn: ADMIN_ARN, MaxItems: 50 })],
      ['ListGroupsForUser', () => engine.listGroupsForUser({ UserName: 'user-4999' })],
    ];
    for (const [name, action] of cases) {
      const cost = measure(action);
      expect({ name, ...cost }).toMatchObject({ name, enumerations: 0 });
      // a page of 50 (or a user's 10 groups), plus one record
      expect(cost.reads, name).toBeLessThanOrEqual(51);
    }
  });

  it('answers single-entity calls and policy lists without touching other users', () => {
    const cases: Array<[string, () => unknown]> = [
      ['GetUser', () => engine.getUser({ UserName: 'user-2500' })],
      ['CreateUser refused by quota', () => expect(() => engine.createUser({ UserName: 'late' })).toThrow('UsersPerAccount')],
      ['AddUserToGroup refused by quota', () => expect(() => engine.addUserToGroup({ GroupName: 'group-299', UserName: 'user-0001' })).toThrow('GroupsPerUser')],
      ['GetPolicy', () => engine.getPolicy({ PolicyArn: ADMIN_ARN })],
      ['ListPolicies', () => engine.listPolicies({ MaxItems: 100 })],
      ['ListPolicies only attached', () => engine.listPolicies({ OnlyAttached: true })],
      ['GetAccountSummary', () => engine.getAccountSummary({})],
      ['PutUserPolicy', () => engine.putUserPolicy({ UserName: 'user-0003', PolicyName: 'p', PolicyDocument: policyDocument() })],
    ];
    for (const [name, action] of cases) {
      const cost = measure(action);
      expect({ name, ...cost }).toMatchObject({ name, enumerations: 0 });
      expect(cost.reads, name).toBeLessThanOrEqual(2);
    }
  });

  it('keeps mutations cheap: membership changes and renames of busy entities', () => {
    const cases: Array<[string, () => unknown]> = [
      ['RemoveUserFromGroup', () => engine.removeUserFromGroup({ GroupName: 'group-001', UserName: 'user-1234' })],
      ['AddUserToGroup', () => engine.addUserToGroup({ GroupName: 'group-001', UserName: 'user-1234' })],
      ['UpdateUser rename', () => engine.updateUser({ UserName: 'user-0042', NewUserName: 'renamed-42' })],
      ['DetachUserPolicy', () => engine.detachUserPolicy({ UserName: 'renamed-42', PolicyArn: ADMIN_ARN })],
    ];
    for (const [name, action] of cases) {
      const cost = measure(action);
      expect({ name, ...cost }).toMatchObject({ name, enumerations: 0 });
      // a renamed user's 10 groups are updated, nothing else
      expect(cost.reads, name).toBeLessThanOrEqual(12);
    }
    // renaming a group of 5,000 members rewrites each member's reference once
    const rename = measure(() => engine.updateGroup({ GroupName: 'group-002', NewGroupName: 'everyone' }));
    expect(rename.enumerations).toBe(0);
    expect(engine.getGroup({ GroupName: 'everyone', MaxItems: 1 }).Users[0]!.UserName).toBe('renamed-42');
  });

  it('restarts from a persisted state at the limits quickly', () => {
    const saved = JSON.parse(JSON.stringify(engine.state)) as IamState;
    const started = performance.now();
    const restored = testEngine({ state: saved });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(restored.getAccountSummary({}).SummaryMap).toMatchObject({ Users: 5000, Groups: 300 });
    expect(restored.getPolicy({ PolicyArn: ADMIN_ARN }).Policy.AttachmentCount).toBe(4999);
  });

  it('serves thousands of calls quickly', () => {
    const started = performance.now();
    for (let i = 0; i < 2000; i++) {
      engine.getGroup({ GroupName: `group-${String(3 + (i % 297)).padStart(3, '0')}`, MaxItems: 20 });
      engine.listUsers({ MaxItems: 20 });
      engine.listPolicies({ MaxItems: 20 });
    }
    // generous: catches an accidental scan (which takes ~100× longer), not machine speed
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
