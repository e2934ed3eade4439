import Button from '@cloudscape-design/components/button';
import Form from '@cloudscape-design/components/form';
import Header from '@cloudscape-design/components/header';
import type { InputProps } from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { AddUsersContainer } from './add-users-container';
import { AttachPoliciesContainer } from './attach-policies-container';
import { GroupNameContainer } from './group-name-container';
import type { PolicyRow } from '../shared/policy-row';
import { useCreateGroupSubmit } from './use-create-group-submit';
import { useGroupNameField } from './use-group-name-field';
import type { UserRow } from './user-row';

/** IAM › User groups › Create user group: name, members and policies on one page, as in the console. */
export function CreateGroupPage() {
  const navigate = useNavigate();
  const nameField = useGroupNameField();
  const nameInput = useRef<InputProps.Ref>(null);
  const [users, setUsers] = useState<UserRow[]>([]);
  const [policies, setPolicies] = useState<PolicyRow[]>([]);
  const { submit, submitting, formError } = useCreateGroupSubmit((message) => {
    nameField.setServerError(message);
    nameInput.current?.focus();
  });

  const onSubmit = () => {
    if (!nameField.validate()) {
      nameInput.current?.focus();
      return;
    }
    submit({
      groupName: nameField.value,
      userNames: users.map((user) => user.UserName),
      policyArns: policies.map((policy) => policy.Arn),
    });
  };

  return (
    // No <form>: Enter in the tables' search boxes must not create the group; Enter in the name field does.
    <Form
      header={<Header variant="h1">Create user group</Header>}
      errorText={formError}
      errorIconAriaLabel="Error"
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <Button variant="link" onClick={() => navigate('/groups')}>
            Cancel
          </Button>
          <Button variant="primary" loading={submitting} onClick={onSubmit}>
            Create user group
          </Button>
        </SpaceBetween>
      }
    >
      <SpaceBetween size="l">
        <GroupNameContainer field={nameField} inputRef={nameInput} onEnter={onSubmit} />
        <AddUsersContainer selected={users} onChange={setUsers} />
        <AttachPoliciesContainer selected={policies} onChange={setPolicies} />
      </SpaceBetween>
    </Form>
  );
}

export { CreateGroupPage as Component };
