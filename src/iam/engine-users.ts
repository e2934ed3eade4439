/** CreateUser, GetUser, ListUsers, UpdateUser, DeleteUser. */
import { userArn } from './arn';
import {
  checkRequired,
  checkString,
  EXISTING_USER_NAME_CONSTRAINT,
  PATH_CONSTRAINT,
  PATH_PREFIX_CONSTRAINT,
  throwIfInvalid,
  USER_NAME_CONSTRAINT,
} from './constraints';
import type { EngineContext } from './engine-context';
import { findUser, given, requireUser } from './engine-lookup';
import { deleteConflict, entityAlreadyExists, limitExceeded } from './errors';
import type { IamOperations } from './operations';
import { pageOfKeys, pageViolations } from './paging';
import { deleteEntry, getEntry, nameKey, replaceKey, setEntry } from './records';
import type { GroupRecord, UserRecord } from './types';
import { userView } from './views';

export const USERS_PER_ACCOUNT = 5000;

type UserOperations = Pick<IamOperations, 'createUser' | 'getUser' | 'listUsers' | 'updateUser' | 'deleteUser'>;

export function userOperations(context: EngineContext): UserOperations {
  const { state } = context;
  return {
    createUser(input) {
      const i = given(input);
      const { UserName } = i;
      const Path = i.Path ?? '/';
      throwIfInvalid(
        checkString('path', i.Path, PATH_CONSTRAINT),
        checkRequired('userName', UserName, USER_NAME_CONSTRAINT),
      );
      if (findUser(context, UserName)) throw entityAlreadyExists('User', UserName);
      if (context.users.size >= USERS_PER_ACCOUNT) throw limitExceeded('UsersPerAccount', USERS_PER_ACCOUNT);
      const record: UserRecord = {
        Path,
        UserName,
        UserId: context.newId('AIDA'),
        Arn: userArn(context.accountId, Path, UserName),
        CreateDate: context.now(),
        groups: [],
        attachedPolicies: [],
        inlinePolicies: {},
      };
      const key = nameKey(UserName);
      setEntry(state.users, key, record);
      context.users.add(key, Path);
      return { User: userView(record) };
    },

    getUser(input) {
      const { UserName } = given(input);
      throwIfInvalid(checkRequired('userName', UserName, EXISTING_USER_NAME_CONSTRAINT));
      return { User: userView(requireUser(context, UserName)) };
    },

    listUsers(input) {
      const i = given(input);
      throwIfInvalid(checkString('pathPrefix', i.PathPrefix, PATH_PREFIX_CONSTRAINT), pageViolations(i));
      const { keys, page } = pageOfKeys(i, (after) => context.users.keysFrom(after, i.PathPrefix));
      return { Users: keys.map((key) => userView(getEntry(state.users, key)!)), ...page };
    },

    updateUser(input) {
      const { UserName, NewUserName, NewPath } = given(input);
      throwIfInvalid(
        checkRequired('userName', UserName, EXISTING_USER_NAME_CONSTRAINT),
        checkString('newPath', NewPath, PATH_CONSTRAINT),
        checkString('newUserName', NewUserName, USER_NAME_CONSTRAINT),
      );
      const user = requireUser(context, UserName);
      const oldKey = nameKey(user.UserName);
      const newName = NewUserName ?? user.UserName;
      const newKey = nameKey(newName);
      // Changing only the case of its own name is allowed; taking another user's name is not.
      if (newKey !== oldKey && findUser(context, newName)) throw entityAlreadyExists('User', newName);
      user.UserName = newName;
      user.Path = NewPath ?? user.Path;
      user.Arn = userArn(context.accountId, user.Path, newName);
      if (newKey !== oldKey) rekeyUser(context, user, oldKey, newKey);
      context.users.add(newKey, user.Path);
      return {};
    },

    deleteUser(input) {
      const { UserName } = given(input);
      throwIfInvalid(checkRequired('userName', UserName, EXISTING_USER_NAME_CONSTRAINT));
      const user = requireUser(context, UserName);
      // IAM refuses rather than cleaning up: the console removes memberships and policies first.
      if (user.groups.length > 0) throw deleteConflict('userInGroups');
      if (user.attachedPolicies.length > 0) throw deleteConflict('attachedPolicies');
      if (Object.keys(user.inlinePolicies).length > 0) throw deleteConflict('inlinePolicies');
      const key = nameKey(user.UserName);
      deleteEntry(state.users, key);
      context.users.remove(key);
      return {};
    },
  };
}

/** moves a renamed user to its new key, and every reference to it: its groups' member lists and policy uses */
function rekeyUser(context: EngineContext, user: UserRecord, oldKey: string, newKey: string): void {
  const { state } = context;
  deleteEntry(state.users, oldKey);
  setEntry(state.users, newKey, user);
  context.users.remove(oldKey);
  for (const groupKey of user.groups) {
    const group: GroupRecord = getEntry(state.groups, groupKey)!;
    replaceKey(group.users, oldKey, newKey);
    const members = context.members.get(groupKey)!;
    members.remove(oldKey);
    members.insert(newKey);
  }
  context.policies.rekey(user.attachedPolicies, 'users', oldKey, newKey);
}
