import SpaceBetween from '@cloudscape-design/components/space-between';
import Wizard from '@cloudscape-design/components/wizard';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { describeIamError } from '../../../api/iam-error';
import { useCreateUser, useRetryUserSteps, type FailedUserStep } from '../../../api/users/create-user';
import { useFlash } from '../../../stores/flash-store';
import { CreateFailureAlert, type CreateFailure } from './create-failure-alert';
import { ReviewStep } from './review-step';
import { SetPermissionsStep } from './set-permissions-step';
import { useCreateUserForm } from './use-create-user-form';
import { UserDetailsStep } from './user-details-step';

/** IAM › Users › Create user: the console's three-step wizard. */
export function CreateUserPage() {
  const [failure, setFailure] = useState<CreateFailure | null>(null);
  const created = failure?.stage === 'steps' ? failure.userName : undefined;
  const form = useCreateUserForm(created);
  const navigate = useNavigate();
  const flash = useFlash();
  const createUser = useCreateUser();
  const retry = useRetryUserSteps();
  const [activeStep, setActiveStep] = useState(0);

  const finish = (userName: string) => {
    flash({ type: 'success', content: `User ${userName} created.` });
    navigate(`/users/details/${encodeURIComponent(userName)}`);
  };

  const afterSteps = (userName: string, failed: FailedUserStep[]) => {
    if (failed.length === 0) finish(userName);
    else setFailure({ stage: 'steps', userName, failed });
  };

  const submit = async () => {
    // Once the user exists, submitting again only retries what failed.
    if (failure?.stage === 'steps') {
      const failed = await retry.mutateAsync({ userName: failure.userName, steps: failure.failed.map((f) => f.step) });
      return afterSteps(failure.userName, failed);
    }
    try {
      const result = await createUser.mutateAsync({ userName: form.userName, path: form.path || undefined, steps: form.steps });
      afterSteps(result.user.UserName!, result.failed);
    } catch (error) {
      const { code, message } = describeIamError(error);
      setFailure({ stage: 'create', code, message });
    }
  };

  return (
    <Wizard
      activeStepIndex={activeStep}
      isLoadingNextStep={createUser.isPending || retry.isPending}
      submitButtonText={created ? 'Retry failed steps' : 'Create user'}
      onCancel={() => navigate('/users')}
      onSubmit={submit}
      onNavigate={({ detail }) => {
        if (detail.reason === 'next' && activeStep === 0 && !form.detailsValid) {
          form.setShowErrors(true);
          return;
        }
        setActiveStep(detail.requestedStepIndex);
      }}
      i18nStrings={{
        stepNumberLabel: (n) => `Step ${n}`,
        collapsedStepsLabel: (n, total) => `Step ${n} of ${total}`,
        navigationAriaLabel: 'Steps',
        cancelButton: 'Cancel',
        previousButton: 'Previous',
        nextButton: 'Next',
        optional: 'optional',
      }}
      steps={[
        { title: 'Specify user details', content: <UserDetailsStep form={form} /> },
        {
          title: 'Set permissions',
          description: 'Add user to an existing group or create a new one. Using groups is a best-practice way to manage user permissions by job functions.',
          content: <SetPermissionsStep form={form} />,
        },
        {
          title: 'Review and create',
          description: 'Review your choices. After you create the user, you can view and change its permissions on its details page.',
          content: (
            <SpaceBetween size="l">
              {failure && <CreateFailureAlert failure={failure} />}
              <ReviewStep form={form} />
            </SpaceBetween>
          ),
        },
      ]}
    />
  );
}

export { CreateUserPage as Component };
