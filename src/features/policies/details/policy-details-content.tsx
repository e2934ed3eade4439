import Button from '@cloudscape-design/components/button';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Tabs from '@cloudscape-design/components/tabs';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { describeIamError, formatIamError } from '../../../api/iam-error';
import { policyQuery } from '../../../api/policies/policy-queries';
import { policyTypeOf } from '../../../api/policies/policy-type';
import { NotFoundContent } from '../../../components/not-found-content';
import { DeletePolicyModal } from '../shared/delete-policy-modal';
import { policyNameOf } from '../shared/policy-name';
import { PolicyEntitiesTab } from './policy-entities-tab';
import { PolicyPermissionsTab } from './policy-permissions-tab';
import { PolicySummary } from './policy-summary';

type Section = 'permissions' | 'entities_attached';

/** One policy's summary, JSON document and attached entities. */
export function PolicyDetailsContent({ policyArn }: { policyArn: string }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const section: Section = searchParams.get('section') === 'entities_attached' ? 'entities_attached' : 'permissions';
  const policy = useQuery(policyQuery(policyArn));
  const navigate = useNavigate();
  const [deleting, setDeleting] = useState(false);
  const name = policy.data?.PolicyName ?? policyNameOf(policyArn);

  if (policy.isPending) return <Spinner size="large" />;
  if (policy.isError) {
    const { code } = describeIamError(policy.error);
    if (code === 'NoSuchEntity' || code === 'ValidationError') {
      return (
        <NotFoundContent
          title="Policy not found"
          detail={`No policy with the ARN ${policyArn} exists in this account (${code}).`}
          backHref="#/policies"
          backText="View all policies"
        />
      );
    }
    return <StatusIndicator type="error">{formatIamError(policy.error)}</StatusIndicator>;
  }

  const customer = policyTypeOf(policyArn) === 'Customer managed';
  return (
    <ContentLayout
      header={
        <Header variant="h1" actions={customer && <Button onClick={() => setDeleting(true)}>Delete</Button>}>
          {name}
        </Header>
      }
    >
      <SpaceBetween size="l">
        <PolicySummary policy={policy.data} />
        <Tabs
          activeTabId={section}
          onChange={(event) => setSearchParams({ section: event.detail.activeTabId }, { replace: true })}
          ariaLabel="Policy details"
          tabs={[
            {
              id: 'permissions',
              label: 'Permissions',
              content: <PolicyPermissionsTab policyArn={policyArn} versionId={policy.data.DefaultVersionId ?? 'v1'} />,
            },
            {
              id: 'entities_attached',
              label: 'Entities attached',
              content: <PolicyEntitiesTab policyArn={policyArn} policyName={name} />,
            },
          ]}
        />
      </SpaceBetween>
      <DeletePolicyModal
        policyArn={deleting ? policyArn : undefined}
        onDismiss={() => setDeleting(false)}
        onDeleted={() => navigate('/policies')}
      />
    </ContentLayout>
  );
}
