import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { groupListQuery } from '../../../api/groups/group-queries';
import { formatIamError, isIamErrorCode } from '../../../api/iam-error';
import { useRenameGroup } from '../../../api/groups/rename-group';
import { useFlash } from '../../../stores/flash-store';
import { groupNameProblem } from '../create/group-name-problem';

interface RenameGroupModalProps {
  groupName: string;
  onDismiss: () => void;
}

/** Edit: renames the group (UpdateGroup) and moves to the new name's page, on the same tab. */
export function RenameGroupModal({ groupName, onDismiss }: RenameGroupModalProps) {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const flash = useFlash();
  const rename = useRenameGroup();
  const groups = useQuery(groupListQuery());
  const [value, setValue] = useState(groupName);
  const [serverError, setServerError] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const otherNames = useMemo(
    () =>
      new Set(
        (groups.data ?? [])
          .map((group) => group.GroupName!.toLowerCase())
          .filter((name) => name !== groupName.toLowerCase()),
      ),
    [groups.data, groupName],
  );
  const problem = serverError ?? groupNameProblem(value, otherNames);

  const save = () => {
    if (problem) return;
    if (value === groupName) return onDismiss();
    setFailure(undefined);
    rename.mutate(
      { groupName, newGroupName: value },
      {
        onSuccess: () => {
          const section = params.get('section');
          navigate(`/groups/details/${encodeURIComponent(value)}${section ? `?section=${section}` : ''}`, { replace: true });
          flash({ type: 'success', content: `User group ${value} updated.` });
          onDismiss();
        },
        onError: (error) =>
          isIamErrorCode(error, 'EntityAlreadyExists') || isIamErrorCode(error, 'ValidationError')
            ? setServerError(formatIamError(error))
            : setFailure(formatIamError(error)),
      },
    );
  };

  return (
    <Modal visible header={`Edit ${groupName}`} onDismiss={onDismiss} closeAriaLabel="Close dialog">
      <form onSubmit={(event) => (event.preventDefault(), save())}>
        <Form
          actions={
            <Box float="right">
              <SpaceBetween direction="horizontal" size="xs">
                <Button variant="link" formAction="none" onClick={onDismiss}>
                  Cancel
                </Button>
                <Button variant="primary" loading={rename.isPending} disabled={Boolean(problem)}>
                  Save changes
                </Button>
              </SpaceBetween>
            </Box>
          }
        >
          <SpaceBetween size="m">
            <FormField
              label="User group name"
              constraintText="Maximum 128 characters. Use alphanumeric and '+=,.@-_' characters."
              errorText={problem}
            >
              <Input
                value={value}
                autoFocus
                onChange={(event) => {
                  setValue(event.detail.value);
                  setServerError(undefined);
                }}
              />
            </FormField>
            <Box variant="p" color="text-body-secondary">
              Renaming keeps the group&apos;s users and permissions. Policies that name this group in a resource ARN
              are not updated.
            </Box>
            {failure && <Alert type="error" header="The group was not renamed">{failure}</Alert>}
          </SpaceBetween>
        </Form>
      </form>
    </Modal>
  );
}
