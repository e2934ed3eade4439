import { describe, expect, it } from 'vitest';
import { createUsers, expectIamError, testEngine } from './engine-test-kit';

function engineWithJaneAndDevs() {
  const engine = testEngine();
  engine.createGroup({ GroupName: 'Devs' });
  engine.createUser({ UserName: 'jane' });
  return engine;
}

describe('group membership', () => {
  it('adding a user puts the user in the group and the group in the user', () => {
    const engine = engineWithJaneAndDevs();
    expect(engine.addUserToGroup({ GroupName: 'devs', UserName: 'JANE' })).toEqual({});
    expect(engine.getGroup({ GroupName: 'Devs' }).Users.map((u) => u.UserName)).toEqual(['jane']);
    expect(engine.listGroupsForUser({ UserName: 'jane' }).Groups.map((g) => g.GroupName)).toEqual(['Devs']);
  });

  it('adding a member twice is a no-op', () => {
    const engine = engineWithJaneAndDevs();
    engine.addUserToGroup({ GroupName: 'Devs', UserName: 'jane' });
    expect(engine.addUserToGroup({ GroupName: 'Devs', UserName: 'jane' })).toEqual({});
    expect(engine.getGroup({ GroupName: 'Devs' }).Users).toHaveLength(1);
    expect(engine.state.users.jane!.groups).toEqual(['devs']);
  });

  it('removing a user who is not a member succeeds', () => {
    const engine = engineWithJaneAndDevs();
    expect(engine.removeUserFromGroup({ GroupName: 'Devs', UserName: 'jane' })).toEqual({});
  });

  it('removing a member takes the user out of both sides', () => {
    const engine = engineWithJaneAndDevs();
    engine.addUserToGroup({ GroupName: 'Devs', UserName: 'jane' });
    engine.removeUserFromGroup({ GroupName: 'DEVS', UserName: 'Jane' });
    expect(engine.getGroup({ GroupName: 'Devs' }).Users).toEqual([]);
    expect(engine.listGroupsForUser({ UserName: 'jane' }).Groups).toEqual([]);
    expect(engine.state.groups.devs!.users).toEqual([]);
  });

  it('checks the user before the group', () => {
    const engine = testEngine();
    for (const call of [engine.addUserToGroup, engine.removeUserFromGroup]) {
      expectIamError(() => call({ GroupName: 'nogroup', UserName: 'nouser' }), 'NoSuchEntity', 404, 'The user with name nouser cannot be found.');
    }
    engine.createUser({ UserName: 'jane' });
    expectIamError(
      () => engine.addUserToGroup({ GroupName: 'nogroup', UserName: 'jane' }),
      'NoSuchEntity',
      404,
      'The group with name nogroup cannot be found.',
    );
  });

  it('a user can be in at most 10 groups', () => {
    const engine = testEngine();
    engine.createUser({ UserName: 'jane' });
    for (let i = 0; i < 11; i++) engine.createGroup({ GroupName: `g${i}` });
    for (let i = 0; i < 10; i++) engine.addUserToGroup({ GroupName: `g${i}`, UserName: 'jane' });
    expectIamError(() => engine.addUserToGroup({ GroupName: 'g10', UserName: 'jane' }), 'LimitExceeded', 409, 'Cannot exceed quota for GroupsPerUser: 10');
    // re-adding to a group the user is already in is still fine at the limit
    expect(engine.addUserToGroup({ GroupName: 'g3', UserName: 'jane' })).toEqual({});
  });

  it('ListGroupsForUser lists groups by name, and always says IsTruncated', () => {
    const engine = testEngine();
    engine.createUser({ UserName: 'jane' });
    for (const GroupName of ['ops', 'Admins', 'devs']) {
      engine.createGroup({ GroupName });
      engine.addUserToGroup({ GroupName, UserName: 'jane' });
    }
    const result = engine.listGroupsForUser({ UserName: 'jane' });
    expect(result.Groups.map((g) => g.GroupName)).toEqual(['Admins', 'devs', 'ops']);
    expect(result.IsTruncated).toBe(false);
    expect(result).not.toHaveProperty('Marker');
    expectIamError(() => engine.listGroupsForUser({ UserName: 'nobody' }), 'NoSuchEntity', 404, 'The user with name nobody cannot be found.');
  });

  it('GetGroup lists members by name, not by the order they joined', () => {
    const engine = testEngine();
    engine.createGroup({ GroupName: 'Devs' });
    const names = ['walter', 'Bea', 'carl', 'anna'];
    createUsers(engine, names);
    for (const UserName of names) engine.addUserToGroup({ GroupName: 'Devs', UserName });
    expect(engine.getGroup({ GroupName: 'Devs' }).Users.map((u) => u.UserName)).toEqual(['anna', 'Bea', 'carl', 'walter']);
    // the persisted record keeps join order
    expect(engine.state.groups.devs!.users).toEqual(['walter', 'bea', 'carl', 'anna']);
  });
});
