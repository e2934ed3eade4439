import { describe, expect, it } from 'vitest';
import { ACCOUNT, ADMIN_ARN, expectIamError, iamErrorOf, policyDocument, S3_READ_ARN, testEngine } from './engine-test-kit';

function engineWithTeam() {
  const engine = testEngine();
  engine.createGroup({ GroupName: 'Developers', Path: '/division_abc/' });
  engine.createGroup({ GroupName: 'Ops' });
  for (const UserName of ['jane', 'bob']) {
    engine.createUser({ UserName });
    engine.addUserToGroup({ GroupName: 'Developers', UserName });
  }
  engine.addUserToGroup({ GroupName: 'Ops', UserName: 'jane' });
  engine.attachGroupPolicy({ GroupName: 'Developers', PolicyArn: ADMIN_ARN });
  engine.putGroupPolicy({ GroupName: 'Developers', PolicyName: 'inline', PolicyDocument: policyDocument() });
  engine.attachUserPolicy({ UserName: 'jane', PolicyArn: S3_READ_ARN });
  return engine;
}

describe('renaming a group', () => {
  it('keeps its ID, path, members and policies, and updates its ARN', () => {
    const engine = engineWithTeam();
    const before = engine.getGroup({ GroupName: 'Developers' }).Group;
    expect(engine.updateGroup({ GroupName: 'developers', NewGroupName: 'Engineers' })).toEqual({});
    const { Group, Users } = engine.getGroup({ GroupName: 'Engineers' });
    expect(Group).toEqual({ ...before, GroupName: 'Engineers', Arn: `arn:aws:iam::${ACCOUNT}:group/division_abc/Engineers` });
    expect(Users.map((u) => u.UserName)).toEqual(['bob', 'jane']);
    expect(engine.listAttachedGroupPolicies({ GroupName: 'Engineers' }).AttachedPolicies.map((p) => p.PolicyArn)).toEqual([ADMIN_ARN]);
    expect(engine.listGroupPolicies({ GroupName: 'Engineers' }).PolicyNames).toEqual(['inline']);
    expectIamError(() => engine.getGroup({ GroupName: 'Developers' }), 'NoSuchEntity', 404, 'The group with name Developers cannot be found.');
  });

  it('updates the references held on the other side', () => {
    const engine = engineWithTeam();
    engine.updateGroup({ GroupName: 'Developers', NewGroupName: 'Engineers' });
    expect(engine.listGroupsForUser({ UserName: 'jane' }).Groups.map((g) => g.GroupName)).toEqual(['Engineers', 'Ops']);
    expect(engine.state.users.jane!.groups).toEqual(['engineers', 'ops']);
    expect(engine.listEntitiesForPolicy({ PolicyArn: ADMIN_ARN }).PolicyGroups.map((g) => g.GroupName)).toEqual(['Engineers']);
    // membership and policy changes keep working under the new name
    engine.removeUserFromGroup({ GroupName: 'Engineers', UserName: 'bob' });
    expect(engine.getGroup({ GroupName: 'Engineers' }).Users.map((u) => u.UserName)).toEqual(['jane']);
    engine.detachGroupPolicy({ GroupName: 'Engineers', PolicyArn: ADMIN_ARN });
    expect(engine.getPolicy({ PolicyArn: ADMIN_ARN }).Policy.AttachmentCount).toBe(0);
  });

  it('changes the path only when NewPath is given', () => {
    const engine = engineWithTeam();
    engine.updateGroup({ GroupName: 'Developers', NewPath: '/eng/' });
    const group = engine.getGroup({ GroupName: 'Developers' }).Group;
    expect([group.Path, group.Arn]).toEqual(['/eng/', `arn:aws:iam::${ACCOUNT}:group/eng/Developers`]);
    expect(engine.listGroups({ PathPrefix: '/eng/' }).Groups.map((g) => g.GroupName)).toEqual(['Developers']);
    expect(engine.listGroups({ PathPrefix: '/division_abc/' }).Groups).toEqual([]);
  });

  it("refuses another group's name in any case, but allows a change of case of its own", () => {
    const engine = engineWithTeam();
    expectIamError(() => engine.updateGroup({ GroupName: 'Developers', NewGroupName: 'OPS' }), 'EntityAlreadyExists', 409, 'Group with name OPS already exists.');
    engine.updateGroup({ GroupName: 'Developers', NewGroupName: 'DEVELOPERS' });
    expect(engine.getGroup({ GroupName: 'developers' }).Group.GroupName).toBe('DEVELOPERS');
    expect(engine.listGroupsForUser({ UserName: 'bob' }).Groups.map((g) => g.GroupName)).toEqual(['DEVELOPERS']);
  });

  it('validates the new name and path under their own parameter names', () => {
    const engine = engineWithTeam();
    expect(iamErrorOf(() => engine.updateGroup({ GroupName: 'Ops', NewGroupName: 'a b' })).message).toContain("at 'newGroupName'");
    expect(iamErrorOf(() => engine.updateGroup({ GroupName: 'Ops', NewPath: 'x' })).message).toContain("at 'newPath'");
    expectIamError(() => engine.updateGroup({ GroupName: 'Nope', NewGroupName: 'X' }), 'NoSuchEntity', 404, 'The group with name Nope cannot be found.');
  });
});

describe('renaming a user', () => {
  it('keeps the ID, groups and policies, and updates the ARN and both sides', () => {
    const engine = engineWithTeam();
    const before = engine.getUser({ UserName: 'jane' }).User;
    engine.updateUser({ UserName: 'jane', NewUserName: 'Jane.Doe', NewPath: '/staff/' });
    const after = engine.getUser({ UserName: 'jane.doe' }).User;
    expect(after).toEqual({ ...before, UserName: 'Jane.Doe', Path: '/staff/', Arn: `arn:aws:iam::${ACCOUNT}:user/staff/Jane.Doe` });
    expect(engine.listGroupsForUser({ UserName: 'Jane.Doe' }).Groups.map((g) => g.GroupName)).toEqual(['Developers', 'Ops']);
    expect(engine.getGroup({ GroupName: 'Developers' }).Users.map((u) => u.UserName)).toEqual(['bob', 'Jane.Doe']);
    expect(engine.state.groups.developers!.users).toEqual(['jane.doe', 'bob']);
    expect(engine.listEntitiesForPolicy({ PolicyArn: S3_READ_ARN }).PolicyUsers).toEqual([{ UserName: 'Jane.Doe', UserId: before.UserId }]);
    engine.detachUserPolicy({ UserName: 'jane.doe', PolicyArn: S3_READ_ARN });
    expect(engine.getPolicy({ PolicyArn: S3_READ_ARN }).Policy.AttachmentCount).toBe(0);
  });

  it("refuses another user's name and checks the new name's 64-character limit", () => {
    const engine = engineWithTeam();
    expectIamError(() => engine.updateUser({ UserName: 'jane', NewUserName: 'BOB' }), 'EntityAlreadyExists', 409, 'User with name BOB already exists.');
    expect(iamErrorOf(() => engine.updateUser({ UserName: 'jane', NewUserName: 'j'.repeat(65) })).message).toContain("at 'newUserName'");
    engine.updateUser({ UserName: 'jane', NewUserName: 'JANE' });
    expect(engine.getUser({ UserName: 'jane' }).User.UserName).toBe('JANE');
  });
});
