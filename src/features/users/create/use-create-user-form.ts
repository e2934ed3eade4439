import type { Group, Policy } from '@aws-sdk/client-iam';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { userListQuery } from '../../../api/users/user-queries';
import type { UserStep } from '../../../api/users/create-user';
import { USER_NAME_MAX } from '../../../iam/validation';
import { nameError, pathError } from '../shared/name-messages';

export type PermissionsOption = 'groups' | 'policies';

/**
 * The wizard's input, kept across steps and across a failed submit. `created` names the
 * user once CreateUser succeeded, so its own name no longer counts as taken.
 */
export function useCreateUserForm(created?: string) {
  const users = useQuery(userListQuery());
  const [userName, setUserName] = useState('');
  const [path, setPath] = useState('');
  const [option, setOption] = useState<PermissionsOption>('groups');
  const [groups, setGroups] = useState<Group[]>([]);
  const [policies, setPolicies] = useState<Policy[]>([]);
  const [showErrors, setShowErrors] = useState(false);

  // IAM names are unique ignoring case, so "Jane.Doe" collides with "jane.doe".
  const taken = created
    ? undefined
    : users.data?.find((user) => user.UserName?.toLowerCase() === userName.toLowerCase());
  const nameProblemText =
    nameError(userName, 'user name', USER_NAME_MAX) ??
    (taken ? `A user named ${taken.UserName} already exists. User names are unique regardless of case.` : undefined);
  const pathProblemText = pathError(path);

  const steps: UserStep[] =
    option === 'groups'
      ? groups.map((group): UserStep => ({ kind: 'add-to-group', groupName: group.GroupName! }))
      : policies.map((policy): UserStep => ({ kind: 'attach-policy', policyArn: policy.Arn! }));

  return {
    userName,
    setUserName,
    path,
    setPath,
    option,
    setOption,
    groups,
    setGroups,
    policies,
    setPolicies,
    showErrors,
    setShowErrors,
    // Typing shows problems live; an untouched empty field waits for "Next".
    nameErrorText: showErrors || userName !== '' ? nameProblemText : undefined,
    pathErrorText: pathProblemText,
    detailsValid: !nameProblemText && !pathProblemText,
    steps,
    created,
  };
}

export type CreateUserForm = ReturnType<typeof useCreateUserForm>;
