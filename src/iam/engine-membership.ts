/** AddUserToGroup, RemoveUserFromGroup, ListGroupsForUser. */
import {
  checkRequired,
  EXISTING_USER_NAME_CONSTRAINT,
  GROUP_NAME_CONSTRAINT,
  throwIfInvalid,
} from './constraints';
import type { EngineContext } from './engine-context';
import { given, requireGroup, requireUser } from './engine-lookup';
import { limitExceeded } from './errors';
import type { IamOperations } from './operations';
import { pageOfKeys, pageViolations } from './paging';
import { getEntry, nameKey, removeKey } from './records';
import { SortedKeys } from './sorted-keys';
import { groupView } from './views';

export const GROUPS_PER_USER = 10;

type MembershipOperations = Pick<IamOperations, 'addUserToGroup' | 'removeUserFromGroup' | 'listGroupsForUser'>;

export function membershipOperations(context: EngineContext): MembershipOperations {
  /** IAM looks the user up before the group: when both are missing, the user is reported */
  function userAndGroup(input: { GroupName: string; UserName: string }) {
    const { GroupName, UserName } = given(input);
    throwIfInvalid(
      checkRequired('groupName', GroupName, GROUP_NAME_CONSTRAINT),
      checkRequired('userName', UserName, EXISTING_USER_NAME_CONSTRAINT),
    );
    const user = requireUser(context, UserName);
    const group = requireGroup(context, GroupName);
    return { user, group, userKey: nameKey(user.UserName), groupKey: nameKey(group.GroupName) };
  }

  return {
    addUserToGroup(input) {
      const { user, group, userKey, groupKey } = userAndGroup(input);
      if (user.groups.includes(groupKey)) return {}; // adding a member again is a no-op
      if (user.groups.length >= GROUPS_PER_USER) throw limitExceeded('GroupsPerUser', GROUPS_PER_USER);
      user.groups.push(groupKey);
      group.users.push(userKey);
      context.members.get(groupKey)!.insert(userKey);
      return {};
    },

    removeUserFromGroup(input) {
      const { user, group, userKey, groupKey } = userAndGroup(input);
      // Removing a user who is not a member succeeds, as in IAM.
      if (!removeKey(user.groups, groupKey)) return {};
      removeKey(group.users, userKey);
      context.members.get(groupKey)!.remove(userKey);
      return {};
    },

    listGroupsForUser(input) {
      const i = given(input);
      throwIfInvalid(checkRequired('userName', i.UserName, EXISTING_USER_NAME_CONSTRAINT), pageViolations(i));
      const user = requireUser(context, i.UserName);
      // At most 10 groups: sorting them per call costs nothing.
      const sorted = new SortedKeys(user.groups);
      const { keys, page } = pageOfKeys(i, (after) => sorted.from(after));
      return { Groups: keys.map((key) => groupView(getEntry(context.state.groups, key)!)), ...page };
    },
  };
}
