import { describe, expect, it } from 'vitest';
import { emptyState } from './state';
import {
  ACCOUNT,
  ADMIN_ARN,
  createUsers,
  expectIamError,
  iamErrorOf,
  NOW,
  PATTERN_CONSTRAINT,
  policyDocument,
  testEngine,
  validationText,
} from './engine-test-kit';

describe('creating a user group', () => {
  it('returns the group as IAM does: default path, AGPA ID, ARN, whole-second date', () => {
    const { Group } = testEngine().createGroup({ GroupName: 'Developers' });
    expect(Object.keys(Group)).toEqual(['Path', 'GroupName', 'GroupId', 'Arn', 'CreateDate']);
    expect(Group).toMatchObject({
      Path: '/',
      GroupName: 'Developers',
      Arn: `arn:aws:iam::${ACCOUNT}:group/Developers`,
      CreateDate: NOW,
    });
    expect(Group.GroupId).toMatch(/^AGPA[A-Z0-9]{17}$/);
  });

  it('puts the path into the ARN', () => {
    const { Group } = testEngine().createGroup({ GroupName: 'Developers', Path: '/division_abc/' });
    expect(Group.Arn).toBe(`arn:aws:iam::${ACCOUNT}:group/division_abc/Developers`);
    expect(Group.Path).toBe('/division_abc/');
  });

  it('uses the account of the state', () => {
    const engine = testEngine({ state: emptyState('210987654321') });
    expect(engine.createGroup({ GroupName: 'G' }).Group.Arn).toBe('arn:aws:iam::210987654321:group/G');
  });

  it('treats names as unique ignoring case, and keeps the spelling it was created with', () => {
    const engine = testEngine();
    engine.createGroup({ GroupName: 'Admins' });
    expectIamError(() => engine.createGroup({ GroupName: 'admins' }), 'EntityAlreadyExists', 409, 'Group with name admins already exists.');
    expect(engine.getGroup({ GroupName: 'ADMINS' }).Group.GroupName).toBe('Admins');
  });

  it('refuses the 301st group', () => {
    const engine = testEngine();
    for (let i = 0; i < 300; i++) engine.createGroup({ GroupName: `group-${i}` });
    expectIamError(() => engine.createGroup({ GroupName: 'one-too-many' }), 'LimitExceeded', 409, 'Cannot exceed quota for GroupsPerAccount: 300');
    engine.deleteGroup({ GroupName: 'group-0' });
    expect(() => engine.createGroup({ GroupName: 'one-too-many' })).not.toThrow();
  });

  it('validates the name and path in AWS format', () => {
    const engine = testEngine();
    expect(iamErrorOf(() => engine.createGroup({ GroupName: 'x y' })).message).toBe(
      validationText('groupName', 'x y', PATTERN_CONSTRAINT),
    );
    const long = 'g'.repeat(129);
    expect(iamErrorOf(() => engine.createGroup({ GroupName: long })).message).toBe(
      validationText('groupName', long, 'Member must have length less than or equal to 128'),
    );
    expect(() => engine.createGroup({ GroupName: 'g'.repeat(128) })).not.toThrow();
    expect(iamErrorOf(() => engine.createGroup({ GroupName: 'G', Path: 'eng' })).message).toContain("at 'path'");
  });

  it('is safe when a required parameter is missing', () => {
    const engine = testEngine();
    const input = {} as { GroupName: string };
    expectIamError(
      () => engine.createGroup(input),
      'ValidationError',
      400,
      validationText('groupName', null, 'Member must not be null'),
    );
    expect(iamErrorOf(() => engine.getGroup(undefined as unknown as { GroupName: string })).code).toBe('ValidationError');
  });

  it('accepts names that are also JavaScript object keys', () => {
    const engine = testEngine();
    engine.createGroup({ GroupName: '__proto__' });
    engine.createGroup({ GroupName: 'constructor' });
    expect(engine.listGroups({}).Groups.map((g) => g.GroupName)).toEqual(['__proto__', 'constructor']);
    expectIamError(() => engine.getGroup({ GroupName: 'toString' }), 'NoSuchEntity', 404, 'The group with name toString cannot be found.');
    expect(JSON.parse(JSON.stringify(engine.state)).groups.__proto__.GroupName).toBe('__proto__');
  });
});

describe('reading groups', () => {
  it('reports a missing group by the name asked for', () => {
    expectIamError(() => testEngine().getGroup({ GroupName: 'Ghosts' }), 'NoSuchEntity', 404, 'The group with name Ghosts cannot be found.');
  });

  it('GetGroup returns the group, its members and IsTruncated', () => {
    const engine = testEngine();
    engine.createGroup({ GroupName: 'Devs' });
    createUsers(engine, ['zoe', 'Adam', 'mike']);
    for (const UserName of ['zoe', 'Adam', 'mike']) engine.addUserToGroup({ GroupName: 'Devs', UserName });
    const result = engine.getGroup({ GroupName: 'devs' });
    expect(Object.keys(result)).toEqual(['Group', 'Users', 'IsTruncated']);
    expect(result.Users.map((u) => u.UserName)).toEqual(['Adam', 'mike', 'zoe']);
    expect(Object.keys(result.Users[0]!)).toEqual(['Path', 'UserName', 'UserId', 'Arn', 'CreateDate']);
  });

  it('ListGroups sorts by name ignoring case and filters by path prefix', () => {
    const engine = testEngine();
    engine.createGroup({ GroupName: 'beta', Path: '/eng/' });
    engine.createGroup({ GroupName: 'Alpha' });
    engine.createGroup({ GroupName: 'Gamma', Path: '/eng/web/' });
    engine.createGroup({ GroupName: 'delta', Path: '/ops/' });
    expect(engine.listGroups({}).Groups.map((g) => g.GroupName)).toEqual(['Alpha', 'beta', 'delta', 'Gamma']);
    expect(engine.listGroups({ PathPrefix: '/eng/' }).Groups.map((g) => g.GroupName)).toEqual(['beta', 'Gamma']);
    expect(engine.listGroups({ PathPrefix: '/nothing/' })).toEqual({ Groups: [], IsTruncated: false });
    expect(iamErrorOf(() => engine.listGroups({ PathPrefix: 'eng' })).message).toContain("at 'pathPrefix'");
  });
});

describe('deleting a group', () => {
  it('refuses while it has members, attached policies or inline policies', () => {
    const engine = testEngine();
    engine.createGroup({ GroupName: 'Devs' });
    createUsers(engine, ['jane']);
    engine.addUserToGroup({ GroupName: 'Devs', UserName: 'jane' });
    engine.attachGroupPolicy({ GroupName: 'Devs', PolicyArn: ADMIN_ARN });
    engine.putGroupPolicy({ GroupName: 'Devs', PolicyName: 'inline', PolicyDocument: policyDocument() });

    const remove = () => engine.deleteGroup({ GroupName: 'Devs' });
    expectIamError(remove, 'DeleteConflict', 409, 'Cannot delete entity, must remove users from group first.');
    engine.removeUserFromGroup({ GroupName: 'Devs', UserName: 'jane' });
    expectIamError(remove, 'DeleteConflict', 409, 'Cannot delete entity, must detach all policies first.');
    engine.detachGroupPolicy({ GroupName: 'Devs', PolicyArn: ADMIN_ARN });
    expectIamError(remove, 'DeleteConflict', 409, 'Cannot delete entity, must delete policies first.');
    engine.deleteGroupPolicy({ GroupName: 'Devs', PolicyName: 'inline' });
    expect(remove()).toEqual({});
    expect(engine.listGroups({}).Groups).toEqual([]);
    expectIamError(remove, 'NoSuchEntity', 404, 'The group with name Devs cannot be found.');
  });

  it('frees the name, in any case', () => {
    const engine = testEngine();
    engine.createGroup({ GroupName: 'Devs' });
    engine.deleteGroup({ GroupName: 'DEVS' });
    expect(engine.createGroup({ GroupName: 'devs' }).Group.GroupName).toBe('devs');
  });
});
