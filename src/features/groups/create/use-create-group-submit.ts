import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useCreateGroup, type CreateGroupInput } from '../../../api/groups/create-group';
import { describeIamError, formatIamError } from '../../../api/iam-error';
import { useFlash } from '../../../stores/flash-store';
import { createdFlashContent } from './created-flash-content';
import { showGroupStepFailures } from './group-steps-flash';

/** Errors that are about the name itself belong next to the name field. */
const NAME_ERRORS = new Set(['EntityAlreadyExists', 'ValidationError']);

/**
 * Submits the form: on success back to the list with a flash; when CreateGroup fails the page
 * stays, with everything typed and selected, and says why.
 */
export function useCreateGroupSubmit(onNameError: (message: string) => void) {
  const mutation = useCreateGroup();
  const navigate = useNavigate();
  const flash = useFlash();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string>();

  const submit = (input: CreateGroupInput) => {
    setFormError(undefined);
    mutation.mutate(input, {
      onSuccess: ({ failed }) => {
        if (failed.length === 0) flash({ type: 'success', content: createdFlashContent(input.groupName) });
        else showGroupStepFailures(queryClient, input.groupName, failed, input.userNames.length + input.policyArns.length);
        navigate('/groups');
      },
      onError: (error) => {
        if (NAME_ERRORS.has(describeIamError(error).code)) onNameError(formatIamError(error));
        else setFormError(`The user group was not created. ${formatIamError(error)}`);
      },
    });
  };

  return { submit, submitting: mutation.isPending, formError };
}
