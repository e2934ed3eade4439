/** CreateGroup, GetGroup, ListGroups, UpdateGroup, DeleteGroup. */
import { groupArn } from './arn';
import {
  checkRequired,
  checkString,
  GROUP_NAME_CONSTRAINT,
  PATH_CONSTRAINT,
  PATH_PREFIX_CONSTRAINT,
  throwIfInvalid,
} from './constraints';
import type { EngineContext } from './engine-context';
import { findGroup, given, requireGroup } from './engine-lookup';
import { deleteConflict, entityAlreadyExists, limitExceeded } from './errors';
import type { IamOperations } from './operations';
import { pageOfKeys, pageViolations } from './paging';
import { deleteEntry, getEntry, nameKey, replaceKey, setEntry } from './records';
import { SortedKeys } from './sorted-keys';
import type { GroupRecord, UserRecord } from './types';
import { groupView, userView } from './views';

export const GROUPS_PER_ACCOUNT = 300;

type GroupOperations = Pick<IamOperations, 'createGroup' | 'getGroup' | 'listGroups' | 'updateGroup' | 'deleteGroup'>;

export function groupOperations(context: EngineContext): GroupOperations {
  const { state } = context;
  return {
    createGroup(input) {
      const i = given(input);
      const { GroupName } = i;
      const Path = i.Path ?? '/';
      throwIfInvalid(
        checkString('path', i.Path, PATH_CONSTRAINT),
        checkRequired('groupName', GroupName, GROUP_NAME_CONSTRAINT),
      );
      if (findGroup(context, GroupName)) throw entityAlreadyExists('Group', GroupName);
      if (context.groups.size >= GROUPS_PER_ACCOUNT) throw limitExceeded('GroupsPerAccount', GROUPS_PER_ACCOUNT);
      const record: GroupRecord = {
        Path,
        GroupName,
        GroupId: context.newId('AGPA'),
        Arn: groupArn(context.accountId, Path, GroupName),
        CreateDate: context.now(),
        users: [],
        attachedPolicies: [],
        inlinePolicies: {},
      };
      const key = nameKey(GroupName);
      setEntry(state.groups, key, record);
      context.groups.add(key, Path);
      context.members.set(key, new SortedKeys());
      return { Group: groupView(record) };
    },

    getGroup(input) {
      const i = given(input);
      throwIfInvalid(checkRequired('groupName', i.GroupName, GROUP_NAME_CONSTRAINT), pageViolations(i));
      const group = requireGroup(context, i.GroupName);
      const members = context.members.get(nameKey(group.GroupName))!;
      const { keys, page } = pageOfKeys(i, (after) => members.from(after));
      const users = keys.map((key) => userView(getEntry(state.users, key)!));
      return { Group: groupView(group), Users: users, ...page };
    },

    listGroups(input) {
      const i = given(input);
      throwIfInvalid(checkString('pathPrefix', i.PathPrefix, PATH_PREFIX_CONSTRAINT), pageViolations(i));
      const { keys, page } = pageOfKeys(i, (after) => context.groups.keysFrom(after, i.PathPrefix));
      return { Groups: keys.map((key) => groupView(getEntry(state.groups, key)!)), ...page };
    },

    updateGroup(input) {
      const { GroupName, NewGroupName, NewPath } = given(input);
      throwIfInvalid(
        checkRequired('groupName', GroupName, GROUP_NAME_CONSTRAINT),
        checkString('newPath', NewPath, PATH_CONSTRAINT),
        checkString('newGroupName', NewGroupName, GROUP_NAME_CONSTRAINT),
      );
      const group = requireGroup(context, GroupName);
      const oldKey = nameKey(group.GroupName);
      const newName = NewGroupName ?? group.GroupName;
      const newKey = nameKey(newName);
      // Changing only the case of its own name is allowed; taking another group's name is not.
      if (newKey !== oldKey && findGroup(context, newName)) throw entityAlreadyExists('Group', newName);
      group.GroupName = newName;
      group.Path = NewPath ?? group.Path;
      group.Arn = groupArn(context.accountId, group.Path, newName);
      if (newKey !== oldKey) rekeyGroup(context, group, oldKey, newKey);
      context.groups.add(newKey, group.Path);
      return {};
    },

    deleteGroup(input) {
      const { GroupName } = given(input);
      throwIfInvalid(checkRequired('groupName', GroupName, GROUP_NAME_CONSTRAINT));
      const group = requireGroup(context, GroupName);
      // IAM refuses rather than cleaning up: the console removes members and policies first.
      if (group.users.length > 0) throw deleteConflict('groupHasUsers');
      if (group.attachedPolicies.length > 0) throw deleteConflict('attachedPolicies');
      if (Object.keys(group.inlinePolicies).length > 0) throw deleteConflict('inlinePolicies');
      const key = nameKey(group.GroupName);
      deleteEntry(state.groups, key);
      context.groups.remove(key);
      context.members.delete(key);
      return {};
    },
  };
}

/** moves a renamed group to its new key, and every reference to it: members' group lists and policy uses */
function rekeyGroup(context: EngineContext, group: GroupRecord, oldKey: string, newKey: string): void {
  const { state } = context;
  deleteEntry(state.groups, oldKey);
  setEntry(state.groups, newKey, group);
  context.groups.remove(oldKey);
  context.members.set(newKey, context.members.get(oldKey)!);
  context.members.delete(oldKey);
  for (const userKey of group.users) {
    const user: UserRecord = getEntry(state.users, userKey)!;
    replaceKey(user.groups, oldKey, newKey);
  }
  context.policies.rekey(group.attachedPolicies, 'groups', oldKey, newKey);
}
