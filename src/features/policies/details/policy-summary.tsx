import type { Policy } from '@aws-sdk/client-iam';
import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { awsPolicySummariesQuery } from '../../../api/policies/policy-summaries';
import { policyTypeOf } from '../../../api/policies/policy-type';
import { formatExactTime } from '../../../components/relative-time';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Box variant="awsui-key-label">{label}</Box>
      <div>{children}</div>
    </div>
  );
}

/** AWS managed policies carry no description here; say plainly that the summary is the sandbox's. */
function Description({ policy }: { policy: Policy }) {
  const type = policyTypeOf(policy.Arn);
  const summaries = useQuery({ ...awsPolicySummariesQuery(), enabled: type !== 'Customer managed' && !policy.Description });
  if (policy.Description) return <>{policy.Description}</>;
  const summary = summaries.data?.get(policy.Arn ?? '');
  if (!summary) return <>-</>;
  return (
    <>
      {summary}
      <Box variant="small" display="block" color="text-body-secondary">
        Summary derived by this sandbox from the policy document; not AWS&apos;s description.
      </Box>
    </>
  );
}

/** The policy's Summary container: the fields the console shows above the tabs. */
export function PolicySummary({ policy }: { policy: Policy }) {
  return (
    <Container header={<Header variant="h2">Summary</Header>}>
      <ColumnLayout columns={3} variant="text-grid">
        <Field label="Type">{policyTypeOf(policy.Arn)}</Field>
        <Field label="ARN">
          <CopyToClipboard
            variant="inline"
            textToCopy={policy.Arn ?? ''}
            copyButtonAriaLabel="Copy ARN"
            copySuccessText="ARN copied"
            copyErrorText="ARN failed to copy"
          />
        </Field>
        <Field label="Description">
          <Description policy={policy} />
        </Field>
        <Field label="Creation time">{policy.CreateDate ? formatExactTime(policy.CreateDate) : '-'}</Field>
        <Field label="Edited time">{policy.UpdateDate ? formatExactTime(policy.UpdateDate) : '-'}</Field>
        <Field label="Default version">{policy.DefaultVersionId ?? '-'}</Field>
      </ColumnLayout>
    </Container>
  );
}
