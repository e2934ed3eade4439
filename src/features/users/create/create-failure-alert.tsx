import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Link from '@cloudscape-design/components/link';
import type { FailedUserStep } from '../../../api/users/create-user';
import { userDetailsHref } from '../list/users-table-config';

export type CreateFailure =
  | { stage: 'create'; code: string; message: string }
  | { stage: 'steps'; userName: string; failed: FailedUserStep[] };

/** Says which step failed and with which AWS error; what succeeded stays done. */
export function CreateFailureAlert({ failure }: { failure: CreateFailure }) {
  if (failure.stage === 'create') {
    return (
      <Alert type="error" header="The user was not created">
        CreateUser failed: {failure.message} ({failure.code}). Nothing was changed; correct the input and try again.
      </Alert>
    );
  }
  return (
    <Alert type="error" header={`User ${failure.userName} was created, but some permissions were not added`}>
      <Box variant="p">The following steps failed; everything else succeeded.</Box>
      <ul>
        {failure.failed.map(({ step, error }) => (
          <li key={step.kind === 'add-to-group' ? step.groupName : step.policyArn}>
            {step.kind === 'add-to-group' ? `AddUserToGroup ${step.groupName}` : `AttachUserPolicy ${step.policyArn}`}:{' '}
            {error.message} ({error.code})
          </li>
        ))}
      </ul>
      <Box variant="p">
        Choose <b>Retry failed steps</b>, or <Link href={userDetailsHref(failure.userName)}>view user {failure.userName}</Link>.
      </Box>
    </Alert>
  );
}
