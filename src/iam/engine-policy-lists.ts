/** ListPolicies and ListEntitiesForPolicy, both paged over in-memory indexes. */
import {
  ARN_CONSTRAINT,
  checkEnum,
  checkRequired,
  checkString,
  PATH_CONSTRAINT,
  POLICY_PATH_CONSTRAINT,
  throwIfInvalid,
} from './constraints';
import type { EngineContext } from './engine-context';
import { given, requireParsableArn } from './engine-lookup';
import { policyNotFound } from './errors';
import type { IamOperations } from './operations';
import { pageOfKeys, pageViolations } from './paging';
import type { PolicyScope } from './policy-directory';
import { getEntry } from './records';
import type { SortedKeys } from './sorted-keys';
import type { ManagedPolicy } from './types';
import { managedPolicyView } from './views';

const SCOPES = ['All', 'AWS', 'Local'] as const;
const USAGE_FILTERS = ['PermissionsPolicy', 'PermissionsBoundary'] as const;
const ENTITY_FILTERS = ['User', 'Role', 'Group', 'LocalManagedPolicy', 'AWSManagedPolicy'] as const;

const SCOPE_LISTS: Record<(typeof SCOPES)[number], readonly PolicyScope[]> = {
  All: ['aws', 'local'],
  AWS: ['aws'],
  Local: ['local'],
};

/** list keys of ListEntitiesForPolicy: groups first, then users, each by name */
const GROUP_TAG = 'g\u0000';
const USER_TAG = 'u\u0000';

/** the keys of one tagged part after the marker's key; nothing when the marker is already past this part */
function* tagged(tag: string, keys: SortedKeys, after: string | undefined, keep: (key: string) => boolean) {
  if (after !== undefined && after >= tag && !after.startsWith(tag)) return;
  const start = after?.startsWith(tag) ? after.slice(tag.length) : undefined;
  for (const key of keys.from(start)) if (keep(key)) yield tag + key;
}

type PolicyListOperations = Pick<IamOperations, 'listPolicies' | 'listEntitiesForPolicy'>;

export function policyListOperations(context: EngineContext): PolicyListOperations {
  const { state, policies } = context;
  return {
    listPolicies(input) {
      const i = given(input);
      throwIfInvalid(
        checkEnum('scope', i.Scope, SCOPES),
        checkString('pathPrefix', i.PathPrefix, POLICY_PATH_CONSTRAINT),
        checkEnum('policyUsageFilter', i.PolicyUsageFilter, USAGE_FILTERS),
        pageViolations(i),
      );
      const onlyAttached = i.OnlyAttached === true;
      // The sandbox sets no permissions boundaries, so no policy is attached as one.
      const none = onlyAttached && i.PolicyUsageFilter === 'PermissionsBoundary';
      const query = { scopes: SCOPE_LISTS[i.Scope ?? 'All'], onlyAttached, pathPrefix: i.PathPrefix };
      const { keys, page } = pageOfKeys(i, (after) => (none ? [] : policies.sortKeysFrom(after, query)));
      const list = keys.map((key) => managedPolicyView(context, policies.arnOfSortKey(key)!, false)!);
      return { Policies: list satisfies ManagedPolicy[], ...page };
    },

    listEntitiesForPolicy(input) {
      const i = given(input);
      throwIfInvalid(
        checkRequired('policyArn', i.PolicyArn, ARN_CONSTRAINT),
        checkEnum('entityFilter', i.EntityFilter, ENTITY_FILTERS),
        checkString('pathPrefix', i.PathPrefix, PATH_CONSTRAINT),
        pageViolations(i),
      );
      requireParsableArn(i.PolicyArn);
      if (!policies.exists(i.PolicyArn)) throw policyNotFound(i.PolicyArn);
      const uses = policies.usesOf(i.PolicyArn);
      const filter = i.EntityFilter;
      const prefix = i.PathPrefix ?? '/';
      const { keys, page } = pageOfKeys(i, function* (after) {
        if (!uses) return;
        if (filter === undefined || filter === 'Group') {
          yield* tagged(GROUP_TAG, uses.groups, after, (key) => context.groups.pathOf(key)!.startsWith(prefix));
        }
        if (filter === undefined || filter === 'User') {
          yield* tagged(USER_TAG, uses.users, after, (key) => context.users.pathOf(key)!.startsWith(prefix));
        }
      });
      const PolicyGroups = keys
        .filter((key) => key.startsWith(GROUP_TAG))
        .map((key) => getEntry(state.groups, key.slice(GROUP_TAG.length))!)
        .map(({ GroupName, GroupId }) => ({ GroupName, GroupId }));
      const PolicyUsers = keys
        .filter((key) => key.startsWith(USER_TAG))
        .map((key) => getEntry(state.users, key.slice(USER_TAG.length))!)
        .map(({ UserName, UserId }) => ({ UserName, UserId }));
      return { PolicyGroups, PolicyUsers, PolicyRoles: [], ...page };
    },
  };
}
