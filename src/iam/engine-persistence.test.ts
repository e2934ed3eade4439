import { describe, expect, it } from 'vitest';
import { ADMIN_ARN, policyDocument, testEngine } from './engine-test-kit';
import { emptyState, isIamState } from './state';
import type { IamState } from './types';

function busyEngine() {
  const state = emptyState();
  const engine = testEngine({ state });
  engine.createGroup({ GroupName: 'Devs', Path: '/eng/' });
  engine.createGroup({ GroupName: 'Ops' });
  for (const UserName of ['zoe', 'adam', 'Mia']) {
    engine.createUser({ UserName });
    engine.addUserToGroup({ GroupName: 'Devs', UserName });
  }
  engine.addUserToGroup({ GroupName: 'Ops', UserName: 'zoe' });
  const { Arn } = engine.createPolicy({ PolicyName: 'Local', PolicyDocument: policyDocument() }).Policy;
  engine.attachGroupPolicy({ GroupName: 'Devs', PolicyArn: ADMIN_ARN });
  engine.attachUserPolicy({ UserName: 'zoe', PolicyArn: Arn });
  engine.putGroupPolicy({ GroupName: 'Ops', PolicyName: 'inline', PolicyDocument: policyDocument() });
  return { state, engine, localArn: Arn };
}

describe('the engine state', () => {
  it('is the object passed in, mutated in place, and plain JSON', () => {
    const { state, engine } = busyEngine();
    expect(engine.state).toBe(state);
    expect(Object.keys(state.groups)).toEqual(['devs', 'ops']);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    expect(isIamState(JSON.parse(JSON.stringify(state)))).toBe(true);
    expect(isIamState({ schemaVersion: 2 })).toBe(false);
  });

  it('restores into a new engine that answers exactly as the old one', () => {
    const { engine, localArn } = busyEngine();
    const restored = testEngine({ state: JSON.parse(JSON.stringify(engine.state)) as IamState, seed: 'restored' });
    const snapshot = (e: typeof engine) => ({
      groups: e.listGroups({}),
      users: e.listUsers({}),
      devs: e.getGroup({ GroupName: 'Devs' }),
      zoeGroups: e.listGroupsForUser({ UserName: 'zoe' }),
      admin: e.getPolicy({ PolicyArn: ADMIN_ARN }),
      local: e.getPolicy({ PolicyArn: localArn }),
      attached: e.listPolicies({ OnlyAttached: true }),
      entities: e.listEntitiesForPolicy({ PolicyArn: ADMIN_ARN }),
      summary: e.getAccountSummary({}),
    });
    expect(snapshot(restored)).toEqual(snapshot(engine));
    // a marker from one engine works in the other: it names a position, not a session
    const page = engine.listUsers({ MaxItems: 1 });
    expect(restored.listUsers({ Marker: page.Marker }).Users.map((u) => u.UserName)).toEqual(['Mia', 'zoe']);
    // the indexes are live: conflicts and quotas hold after a restore
    expect(() => restored.deleteGroup({ GroupName: 'Devs' })).toThrow('must remove users from group first');
    expect(() => restored.deletePolicy({ PolicyArn: localArn })).toThrow('attached to entities');
  });

  it('hands out copies: changing a response does not change the account', () => {
    const { engine } = busyEngine();
    const { Group, Users } = engine.getGroup({ GroupName: 'Devs' });
    Group.GroupName = 'Hacked';
    Users.pop();
    expect(engine.getGroup({ GroupName: 'Devs' }).Group.GroupName).toBe('Devs');
    expect(engine.getGroup({ GroupName: 'Devs' }).Users).toHaveLength(3);
    expect(engine.getGroup({ GroupName: 'Devs' }).Group).not.toHaveProperty('users');
  });

  it('keeps the persisted records in IAM shape plus the relations', () => {
    const { state } = busyEngine();
    expect(state.groups.devs).toMatchObject({
      GroupName: 'Devs',
      Path: '/eng/',
      users: ['zoe', 'adam', 'mia'],
      attachedPolicies: [ADMIN_ARN],
      inlinePolicies: {},
    });
    expect(state.users.zoe!.groups).toEqual(['devs', 'ops']);
    expect(state.groups.ops!.inlinePolicies.inline).toEqual({ PolicyName: 'inline', PolicyDocument: policyDocument() });
  });
});
