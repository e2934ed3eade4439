import Button from '@cloudscape-design/components/button';
import type { QueryClient } from '@tanstack/react-query';
import { retryGroupSteps, type FailedGroupStep, type GroupStep } from '../../../api/groups/create-group';
import { useFlashStore } from '../../../stores/flash-store';

const policyNameOf = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);

function StepFailure({ step, error }: FailedGroupStep) {
  return step.kind === 'add-user' ? (
    <li>
      Could not add user <b>{step.userName}</b>: {error.message} ({error.code})
    </li>
  ) : (
    <li>
      Could not attach policy <b>{policyNameOf(step.policyArn)}</b>: {error.message} ({error.code})
    </li>
  );
}

const stepKey = (step: GroupStep) => (step.kind === 'add-user' ? `user:${step.userName}` : `policy:${step.policyArn}`);

/**
 * The warning after a group was created but some members or policies were not added. It lives
 * in the flash store, beyond the create page, so its Retry runs only the failed steps and
 * replaces the flash with the new outcome.
 */
export function showGroupStepFailures(
  queryClient: QueryClient,
  groupName: string,
  failed: FailedGroupStep[],
  attempted: number,
) {
  const { push } = useFlashStore.getState();
  const id = `group-steps-${groupName.toLowerCase()}`;
  const succeeded = attempted - failed.length;
  const retry = async () => {
    push({ id, type: 'in-progress', loading: true, content: `Retrying the failed steps for ${groupName}…` });
    const stillFailed = await retryGroupSteps(queryClient, groupName, failed.map((f) => f.step));
    if (stillFailed.length > 0) showGroupStepFailures(queryClient, groupName, stillFailed, failed.length);
    else push({ id, type: 'success', content: <>All remaining users and policies were added to <b>{groupName}</b>.</> });
  };
  push({
    id,
    type: 'warning',
    header: (
      <>
        <b>{groupName}</b> user group created, but {failed.length === 1 ? 'one step' : `${failed.length} steps`} failed.
      </>
    ),
    content: (
      <>
        <ul>
          {failed.map((failure) => (
            <StepFailure key={stepKey(failure.step)} {...failure} />
          ))}
        </ul>
        {succeeded > 0 && `The other ${succeeded === 1 ? 'step' : `${succeeded} steps`} succeeded. `}
        Retry runs only the failed steps; you can also fix them later on the group&apos;s page.
      </>
    ),
    action: <Button onClick={() => void retry()}>Retry</Button>,
  });
}
