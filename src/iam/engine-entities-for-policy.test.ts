import { describe, expect, it } from 'vitest';
import { ADMIN_ARN, expectIamError, iamErrorOf, S3_READ_ARN, testEngine } from './engine-test-kit';

function engineWithAttachments() {
  const engine = testEngine();
  for (const [GroupName, Path] of [['Ops', '/'], ['admins', '/it/'], ['Unused', '/']] as const) {
    engine.createGroup({ GroupName, Path });
  }
  for (const [UserName, Path] of [['zoe', '/'], ['Bob', '/it/']] as const) engine.createUser({ UserName, Path });
  engine.attachGroupPolicy({ GroupName: 'Ops', PolicyArn: ADMIN_ARN });
  engine.attachGroupPolicy({ GroupName: 'admins', PolicyArn: ADMIN_ARN });
  engine.attachUserPolicy({ UserName: 'zoe', PolicyArn: ADMIN_ARN });
  engine.attachUserPolicy({ UserName: 'Bob', PolicyArn: ADMIN_ARN });
  return engine;
}

describe('ListEntitiesForPolicy', () => {
  it('lists the groups and users a policy is attached to, by name, and never roles', () => {
    const engine = engineWithAttachments();
    const result = engine.listEntitiesForPolicy({ PolicyArn: ADMIN_ARN });
    const ids = (name: string) => engine.getGroup({ GroupName: name }).Group.GroupId;
    expect(result).toEqual({
      PolicyGroups: [
        { GroupName: 'admins', GroupId: ids('admins') },
        { GroupName: 'Ops', GroupId: ids('Ops') },
      ],
      PolicyUsers: [
        { UserName: 'Bob', UserId: engine.getUser({ UserName: 'Bob' }).User.UserId },
        { UserName: 'zoe', UserId: engine.getUser({ UserName: 'zoe' }).User.UserId },
      ],
      PolicyRoles: [],
      IsTruncated: false,
    });
  });

  it('filters by entity type and path prefix', () => {
    const engine = engineWithAttachments();
    const only = (EntityFilter: 'User' | 'Group' | 'Role') => engine.listEntitiesForPolicy({ PolicyArn: ADMIN_ARN, EntityFilter });
    expect(only('Group').PolicyUsers).toEqual([]);
    expect(only('Group').PolicyGroups).toHaveLength(2);
    expect(only('User').PolicyGroups).toEqual([]);
    expect(only('Role')).toMatchObject({ PolicyGroups: [], PolicyUsers: [], PolicyRoles: [] });
    const it = engine.listEntitiesForPolicy({ PolicyArn: ADMIN_ARN, PathPrefix: '/it/' });
    expect([it.PolicyGroups.map((g) => g.GroupName), it.PolicyUsers.map((u) => u.UserName)]).toEqual([['admins'], ['Bob']]);
    expect(iamErrorOf(() => engine.listEntitiesForPolicy({ PolicyArn: ADMIN_ARN, EntityFilter: 'Bucket' as 'User' })).message).toContain("at 'entityFilter'");
  });

  it('pages across groups and then users', () => {
    const engine = engineWithAttachments();
    const first = engine.listEntitiesForPolicy({ PolicyArn: ADMIN_ARN, MaxItems: 3 });
    expect([first.PolicyGroups.length, first.PolicyUsers.map((u) => u.UserName), first.IsTruncated]).toEqual([2, ['Bob'], true]);
    const second = engine.listEntitiesForPolicy({ PolicyArn: ADMIN_ARN, MaxItems: 3, Marker: first.Marker });
    expect([second.PolicyGroups, second.PolicyUsers.map((u) => u.UserName), second.IsTruncated]).toEqual([[], ['zoe'], false]);
  });

  it('is empty for an unattached policy and reports unknown ones', () => {
    const engine = engineWithAttachments();
    expect(engine.listEntitiesForPolicy({ PolicyArn: S3_READ_ARN })).toEqual({ PolicyGroups: [], PolicyUsers: [], PolicyRoles: [], IsTruncated: false });
    const unknown = 'arn:aws:iam::aws:policy/Unknown';
    expectIamError(() => engine.listEntitiesForPolicy({ PolicyArn: unknown }), 'NoSuchEntity', 404, `Policy ${unknown} was not found.`);
  });
});
