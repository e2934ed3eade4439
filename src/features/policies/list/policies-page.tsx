import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useCallback, useState } from 'react';
import { formatIamError } from '../../../api/iam-error';
import { ResourceTable } from '../../../components/resource-table';
import { DeletePolicyModal } from '../shared/delete-policy-modal';
import { policyColumns } from './policies-table-config';
import { PolicyTypeFilter } from '../../../components/policy-type-filter';
import { ALL_POLICY_TYPES } from '../../../components/policy-type-filter-options';
import { usePolicyRows, type PolicyRow } from './use-policy-rows';

/** IAM › Policies: every AWS managed and customer managed policy of the account. */
export function PoliciesPage() {
  const { rows, policies } = usePolicyRows();
  const [typeFilter, setTypeFilter] = useState<string>(ALL_POLICY_TYPES);
  const [selected, setSelected] = useState<PolicyRow[]>([]);
  const [deleting, setDeleting] = useState<string>();
  const byType = useCallback((row: PolicyRow) => row.type === typeFilter, [typeFilter]);
  const target = selected[0];
  const deletable = target?.type === 'Customer managed';

  const header = (
    <Header
      variant="awsui-h1-sticky"
      counter={policies.isSuccess ? `(${rows.length})` : undefined}
      description="A policy is an object in AWS that defines permissions. Descriptions of AWS managed policies here are summaries this sandbox derives from each policy's document, not AWS's own text."
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <Button iconName="refresh" ariaLabel="Refresh policies" loading={policies.isFetching} onClick={() => policies.refetch()} />
          <Button
            disabled={!deletable}
            disabledReason={target ? 'Only customer managed policies can be deleted.' : 'Select a customer managed policy.'}
            onClick={() => setDeleting(target?.arn)}
          >
            Delete
          </Button>
          <Button variant="primary" href="#/policies/create">
            Create policy
          </Button>
        </SpaceBetween>
      }
    >
      Policies
    </Header>
  );

  return (
    <SpaceBetween size="m">
      <ResourceTable<PolicyRow>
        tableId="policies"
        variant="full-page"
        ariaLabel="Policies"
        items={rows}
        columns={policyColumns}
        trackBy="arn"
        header={header}
        loading={policies.isPending}
        loadingText="Loading policies"
        filteringFields={['searchText']}
        extraFilter={typeFilter === ALL_POLICY_TYPES ? undefined : byType}
        filterExtras={<PolicyTypeFilter value={typeFilter} onChange={setTypeFilter} />}
        selectionType="single"
        selectedItems={selected}
        onSelectionChange={setSelected}
        noMatchText="No policies match the search and type filter."
        empty={
          policies.isError ? (
            <StatusIndicator type="error">{formatIamError(policies.error)}</StatusIndicator>
          ) : (
            <Box textAlign="center" color="inherit">
              <b>No resources to display</b>
            </Box>
          )
        }
      />
      <DeletePolicyModal
        policyArn={deleting}
        onDismiss={() => setDeleting(undefined)}
        onDeleted={() => {
          setDeleting(undefined);
          setSelected([]);
        }}
      />
    </SpaceBetween>
  );
}

export { PoliciesPage as Component };
