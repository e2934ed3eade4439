import type { MultiselectProps } from '@cloudscape-design/components/multiselect';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { groupListQuery } from '../../../api/groups/group-queries';
import type { PolicyEntity } from '../../../api/policies/policy-entities-query';
import { userListQuery } from '../../../api/users/user-queries';

/** The groups and users the policy is not yet attached to, as grouped Multiselect options. */
export function useAttachableEntities(attached: readonly PolicyEntity[], enabled: boolean) {
  const groups = useQuery({ ...groupListQuery(), enabled });
  const users = useQuery({ ...userListQuery(), enabled });

  const { options, byKey } = useMemo(() => {
    const taken = new Set(attached.map((entity) => entity.key));
    const byKey = new Map<string, PolicyEntity>();
    const optionsOf = (names: string[], type: PolicyEntity['type']): MultiselectProps.Option[] =>
      names
        .map((name) => ({ name, type, key: `${type}:${name}` }))
        .filter((entity) => !taken.has(entity.key))
        .map((entity) => {
          byKey.set(entity.key, entity);
          return { value: entity.key, label: entity.name, tags: [entity.type === 'Group' ? 'User group' : 'User'] };
        });
    const options: MultiselectProps.OptionGroup[] = [
      { label: 'User groups', options: optionsOf((groups.data ?? []).map((g) => g.GroupName!), 'Group') },
      { label: 'Users', options: optionsOf((users.data ?? []).map((u) => u.UserName!), 'User') },
    ];
    return { options, byKey };
  }, [attached, groups.data, users.data]);

  return {
    options,
    byKey,
    loading: groups.isPending || users.isPending,
    error: groups.error ?? users.error,
  };
}
