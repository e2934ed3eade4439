import { describe, expect, it } from 'vitest';
import {
  ACCOUNT,
  ADMIN_ARN,
  expectIamError,
  iamErrorOf,
  NOW,
  policyDocument,
  testEngine,
  validationText,
} from './engine-test-kit';

describe('creating a user', () => {
  it('returns the user as IAM does', () => {
    const { User } = testEngine().createUser({ UserName: 'jane.doe', Path: '/staff/' });
    expect(Object.keys(User)).toEqual(['Path', 'UserName', 'UserId', 'Arn', 'CreateDate']);
    expect(User).toMatchObject({
      Path: '/staff/',
      UserName: 'jane.doe',
      Arn: `arn:aws:iam::${ACCOUNT}:user/staff/jane.doe`,
      CreateDate: NOW,
    });
    expect(User.UserId).toMatch(/^AIDA[A-Z0-9]{17}$/);
  });

  it('treats user names as unique ignoring case', () => {
    const engine = testEngine();
    engine.createUser({ UserName: 'Jane' });
    expectIamError(() => engine.createUser({ UserName: 'JANE' }), 'EntityAlreadyExists', 409, 'User with name JANE already exists.');
  });

  it('allows 64 characters on create, but looks up names of up to 128', () => {
    const engine = testEngine();
    const tooLong = 'u'.repeat(65);
    expect(iamErrorOf(() => engine.createUser({ UserName: tooLong })).message).toBe(
      validationText('userName', tooLong, 'Member must have length less than or equal to 64'),
    );
    expect(() => engine.createUser({ UserName: 'u'.repeat(64) })).not.toThrow();
    // existingUserNameType: a 100-character name is valid input, it just names nobody
    expect(iamErrorOf(() => engine.getUser({ UserName: 'u'.repeat(100) })).code).toBe('NoSuchEntity');
    expect(iamErrorOf(() => engine.getUser({ UserName: 'u'.repeat(129) })).code).toBe('ValidationError');
    engine.createGroup({ GroupName: 'G' });
    expect(iamErrorOf(() => engine.addUserToGroup({ GroupName: 'G', UserName: 'u'.repeat(100) })).code).toBe('NoSuchEntity');
  });

  it('refuses the 5001st user', () => {
    const engine = testEngine();
    for (let i = 0; i < 5000; i++) engine.createUser({ UserName: `user-${i}` });
    expectIamError(() => engine.createUser({ UserName: 'late' }), 'LimitExceeded', 409, 'Cannot exceed quota for UsersPerAccount: 5000');
  });
});

describe('reading users', () => {
  it('GetUser finds the user in any case and reports missing users', () => {
    const engine = testEngine();
    engine.createUser({ UserName: 'jane.doe' });
    expect(engine.getUser({ UserName: 'JANE.DOE' }).User.UserName).toBe('jane.doe');
    expectIamError(() => engine.getUser({ UserName: 'foobar' }), 'NoSuchEntity', 404, 'The user with name foobar cannot be found.');
  });

  it('ListUsers sorts by name ignoring case and filters by path prefix', () => {
    const engine = testEngine();
    engine.createUser({ UserName: 'zed', Path: '/staff/' });
    engine.createUser({ UserName: 'Anna' });
    engine.createUser({ UserName: 'bob', Path: '/staff/contractors/' });
    expect(engine.listUsers({}).Users.map((u) => u.UserName)).toEqual(['Anna', 'bob', 'zed']);
    expect(engine.listUsers({ PathPrefix: '/staff/' }).Users.map((u) => u.UserName)).toEqual(['bob', 'zed']);
    expect(engine.listUsers(undefined as unknown as object)).toMatchObject({ IsTruncated: false });
  });
});

describe('deleting a user', () => {
  it('refuses while the user is in a group, has attached or inline policies', () => {
    const engine = testEngine();
    engine.createUser({ UserName: 'jane' });
    engine.createGroup({ GroupName: 'Devs' });
    engine.addUserToGroup({ GroupName: 'Devs', UserName: 'jane' });
    engine.attachUserPolicy({ UserName: 'jane', PolicyArn: ADMIN_ARN });
    engine.putUserPolicy({ UserName: 'jane', PolicyName: 'p', PolicyDocument: policyDocument() });

    const remove = () => engine.deleteUser({ UserName: 'jane' });
    expectIamError(remove, 'DeleteConflict', 409, 'Cannot delete entity, must remove users from group first.');
    engine.removeUserFromGroup({ GroupName: 'Devs', UserName: 'jane' });
    expectIamError(remove, 'DeleteConflict', 409, 'Cannot delete entity, must detach all policies first.');
    engine.detachUserPolicy({ UserName: 'jane', PolicyArn: ADMIN_ARN });
    expectIamError(remove, 'DeleteConflict', 409, 'Cannot delete entity, must delete policies first.');
    engine.deleteUserPolicy({ UserName: 'jane', PolicyName: 'p' });
    expect(remove()).toEqual({});
    expectIamError(remove, 'NoSuchEntity', 404, 'The user with name jane cannot be found.');
  });
});
