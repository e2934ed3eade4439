import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Form from '@cloudscape-design/components/form';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useAttachGroupPolicies } from '../../../api/groups/group-policies';
import { groupPoliciesQuery } from '../../../api/groups/group-queries';
import { useFlash } from '../../../stores/flash-store';
import { POLICIES_PER_GROUP, type PolicyRow } from '../shared/policy-row';
import { policyChangeFlashes } from '../details/policy-change-flashes';
import { OtherPoliciesTable } from './other-policies-table';
import { groupLoadState } from '../shared/group-load-state';

/** "Attach permissions policies to NAME": AttachGroupPolicy for each picked policy, within the quota of 10. */
export function AttachPoliciesPage() {
  const groupName = useParams().groupName ?? '';
  const navigate = useNavigate();
  const flash = useFlash();
  const policies = useQuery(groupPoliciesQuery(groupName));
  const attaching = useAttachGroupPolicies(groupName);
  const [selected, setSelected] = useState<PolicyRow[]>([]);
  const attachedArns = useMemo(
    () => new Set((policies.data?.attached ?? []).map((policy) => policy.PolicyArn!)),
    [policies.data],
  );
  const back = `/groups/details/${encodeURIComponent(groupName)}?section=permissions`;

  const loadState = groupLoadState(groupName, policies);
  if (loadState || !policies.data) return loadState;

  const room = Math.max(0, POLICIES_PER_GROUP - attachedArns.size);
  const submit = () => {
    const nameOf = new Map(selected.map((row) => [row.Arn, row.PolicyName]));
    attaching.mutate(
      selected.map((row) => row.Arn),
      {
        onSuccess: (result) => {
          policyChangeFlashes(result, groupName, 'attach', nameOf).forEach((message) => flash(message));
          navigate(back);
        },
      },
    );
  };

  return (
    <ContentLayout header={<Header variant="h1">{`Attach permissions policies to ${groupName}`}</Header>}>
      <form onSubmit={(event) => (event.preventDefault(), submit())}>
        <Form
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button variant="link" formAction="none" onClick={() => navigate(back)}>
                Cancel
              </Button>
              <Button variant="primary" loading={attaching.isPending} disabled={selected.length === 0}>
                Attach policies
              </Button>
            </SpaceBetween>
          }
        >
          <SpaceBetween size="l">
            {room === 0 ? (
              <Alert type="warning" header="This group has the maximum of 10 managed policies">
                Remove a managed policy from the group before attaching another. Inline policies do not count toward
                this quota.
              </Alert>
            ) : (
              selected.length >= room && (
                <Alert type="info">
                  {`${selected.length} selected: with the ${attachedArns.size} already attached, the group reaches the maximum of ${POLICIES_PER_GROUP} managed policies. To choose another policy, first clear one of the selected policies.`}
                </Alert>
              )
            )}
            <OtherPoliciesTable attachedArns={attachedArns} selected={selected} onChange={setSelected} />
          </SpaceBetween>
        </Form>
      </form>
    </ContentLayout>
  );
}

export { AttachPoliciesPage as Component };
