import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { NAME_ALLOWED_CHARACTERS, USER_NAME_MAX } from '../../../iam/validation';
import type { CreateUserForm } from './use-create-user-form';

/** Step 1: the user's name and (optionally) path. */
export function UserDetailsStep({ form }: { form: CreateUserForm }) {
  return (
    <Container header={<Header variant="h2">User details</Header>}>
      <SpaceBetween size="l">
        <FormField
          label="User name"
          constraintText={`The user name can have up to ${USER_NAME_MAX} characters. Valid characters: ${NAME_ALLOWED_CHARACTERS} (hyphen)`}
          errorText={form.nameErrorText}
        >
          <Input
            value={form.userName}
            onChange={(event) => form.setUserName(event.detail.value)}
            placeholder="jane.doe"
            autoFocus
            // Once the user exists, the wizard only retries its permissions.
            disabled={Boolean(form.created)}
            invalid={Boolean(form.nameErrorText)}
          />
        </FormField>
        <FormField
          label={
            <>
              Path - <i>optional</i>
            </>
          }
          description="Paths group users for policies and listings. Leave empty for the default path (/)."
          constraintText="Begins and ends with a forward slash (/), for example /engineering/."
          errorText={form.pathErrorText}
        >
          <Input
            disabled={Boolean(form.created)}
            value={form.path}
            onChange={(event) => form.setPath(event.detail.value)}
            placeholder="/"
            ariaLabel="Path - optional"
            invalid={Boolean(form.pathErrorText)}
          />
        </FormField>
      </SpaceBetween>
    </Container>
  );
}
