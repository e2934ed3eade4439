import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { groupListQuery } from '../../../api/groups/group-queries';
import { groupNameProblem } from './group-name-problem';

/**
 * The name field's state. Errors appear after the first blur or submit, then follow each
 * keystroke; an error IAM returned on submit stays until the name changes.
 */
export function useGroupNameField() {
  const [value, setValue] = useState('');
  const [touched, setTouched] = useState(false);
  const [serverError, setServerError] = useState<string>();
  const groups = useQuery(groupListQuery());
  const existingNames = useMemo(
    () => new Set((groups.data ?? []).map((group) => group.GroupName!.toLowerCase())),
    [groups.data],
  );
  const problem = groupNameProblem(value, existingNames);

  return {
    value,
    /** what to show under the field */
    errorText: serverError ?? (touched ? problem : undefined),
    valid: problem === undefined,
    onChange: (next: string) => {
      setValue(next);
      setServerError(undefined);
    },
    onBlur: () => setTouched(true),
    /** call on submit: shows the problem, if any, and says whether to go on */
    validate: () => {
      setTouched(true);
      return problem === undefined;
    },
    setServerError,
  };
}
