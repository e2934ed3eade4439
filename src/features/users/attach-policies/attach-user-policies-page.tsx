import type { Policy } from '@aws-sdk/client-iam';
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Form from '@cloudscape-design/components/form';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { userPoliciesQuery } from '../../../api/users/user-policy-queries';
import { useAttachUserPolicies, type PolicyOutcome } from '../../../api/users/user-policy-mutations';
import { useFlash } from '../../../stores/flash-store';
import { BestPracticeAlert } from '../shared/best-practice-alert';
import { PolicyPickerTable } from '../shared/policy-picker-table';
import { useUserQuotas } from '../shared/use-user-quotas';

/** Add permissions › Attach policies directly: managed policies not yet on the user. */
export function AttachUserPoliciesPage() {
  const userName = useParams().userName ?? '';
  const navigate = useNavigate();
  const flash = useFlash();
  const direct = useQuery(userPoliciesQuery(userName));
  const { policiesPerUser } = useUserQuotas();
  const attach = useAttachUserPolicies(userName);
  const [selected, setSelected] = useState<Policy[]>([]);
  const [failed, setFailed] = useState<PolicyOutcome<string>[]>([]);
  const backHref = `/users/details/${encodeURIComponent(userName)}?section=permissions`;
  const attachedArns = useMemo(() => new Set((direct.data?.attached ?? []).map((p) => p.PolicyArn!)), [direct.data]);
  const remaining = Math.max(0, policiesPerUser - attachedArns.size);

  const submit = async () => {
    const outcomes = await attach.mutateAsync(selected.map((p) => p.Arn!));
    const done = outcomes.filter((o) => !o.error);
    if (done.length > 0) {
      flash({
        type: 'success',
        content: done.length === 1 ? `Policy attached to ${userName}.` : `${done.length} policies attached to ${userName}.`,
      });
    }
    const refused = outcomes.filter((o) => o.error);
    if (refused.length === 0) return navigate(backHref);
    setFailed(refused);
    setSelected((s) => s.filter((p) => refused.some((o) => o.policy === p.Arn)));
  };

  return (
    <ContentLayout header={<Header variant="h1" description={`Attach managed policies directly to ${userName}.`}>Add permissions</Header>}>
      <Form
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={() => navigate(backHref)}>
              Cancel
            </Button>
            <Button variant="primary" disabled={selected.length === 0} loading={attach.isPending} onClick={submit}>
              Add permissions
            </Button>
          </SpaceBetween>
        }
      >
        <SpaceBetween size="l">
          <BestPracticeAlert />
          {remaining === 0 && direct.data && (
            <Alert type="warning" header="Policy limit reached">
              {userName} already has {policiesPerUser} managed policies attached directly, the maximum. Detach one first, or
              grant the permissions through a group.
            </Alert>
          )}
          {failed.length > 0 && (
            <Alert type="error" header="Some policies were not attached">
              <ul>
                {failed.map(({ policy, error }) => (
                  <li key={policy}>
                    AttachUserPolicy {policy}: {error?.message} ({error?.code})
                  </li>
                ))}
              </ul>
            </Alert>
          )}
          <PolicyPickerTable
            title="Other permissions policies"
            description={`You can attach up to ${policiesPerUser} managed policies directly to a user; ${remaining} more for ${userName}.`}
            selected={selected}
            onChange={setSelected}
            max={remaining}
            exclude={attachedArns}
          />
        </SpaceBetween>
      </Form>
    </ContentLayout>
  );
}

export { AttachUserPoliciesPage as Component };
