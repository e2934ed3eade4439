import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { memo, useCallback, useState } from 'react';
import { formatIamError } from '../../../api/iam-error';
import { ResourceTable } from '../../../components/resource-table';
import { attachPoliciesColumns } from './attach-policies-config';
import { documentRowOf, POLICIES_PER_GROUP, type PolicyRow } from './policy-row';
import { PolicyTypeFilter } from '../../../components/policy-type-filter';
import { ALL_POLICY_TYPES } from '../../../components/policy-type-filter-options';
import { usePolicyRows } from './use-policy-rows';
import { limitSelection } from './limit-selection';

interface AttachPoliciesContainerProps {
  selected: PolicyRow[];
  onChange: (policies: PolicyRow[]) => void;
}

/** Managed policies to attach, at most 10, each expandable to show its JSON. */
export const AttachPoliciesContainer = memo(function AttachPoliciesContainer({ selected, onChange }: AttachPoliciesContainerProps) {
  const [typeFilter, setTypeFilter] = useState<string>(ALL_POLICY_TYPES);
  const [expanded, setExpanded] = useState<PolicyRow[]>([]);
  const [visibleArns, setVisibleArns] = useState<string[]>([]);
  const { rows, loading, error } = usePolicyRows(visibleArns);
  const full = selected.length >= POLICIES_PER_GROUP;
  const selectedIds = new Set(selected.map((row) => row.id));
  const onVisibleItemsChange = useCallback((items: readonly PolicyRow[]) => setVisibleArns(items.map((row) => row.Arn)), []);

  return (
    <ResourceTable<PolicyRow>
      tableId="create-group-policies"
      variant="container"
      ariaLabel="Permissions policies"
      items={rows}
      columns={attachPoliciesColumns}
      trackBy="id"
      itemLabel={(row) => (row.documentOf ? `${row.PolicyName} policy document` : row.PolicyName)}
      filteringFields={['PolicyName']}
      extraFilter={typeFilter === ALL_POLICY_TYPES ? undefined : (row) => row.type === typeFilter}
      filterExtras={<PolicyTypeFilter value={typeFilter} onChange={setTypeFilter} />}
      loading={loading}
      loadingText="Loading policies"
      selectionType="multi"
      selectedItems={selected}
      onSelectionChange={(items) => onChange(limitSelection(selected, items.filter((row) => !row.documentOf), POLICIES_PER_GROUP))}
      isItemDisabled={(row) => Boolean(row.documentOf) || (full && !selectedIds.has(row.id))}
      onVisibleItemsChange={onVisibleItemsChange}
      expandableRows={{
        isItemExpandable: (row) => !row.documentOf,
        getItemChildren: (row) => (row.documentOf ? [] : [documentRowOf(row)]),
        expandedItems: expanded,
        onExpandableItemToggle: ({ detail }) =>
          setExpanded((items) => (detail.expanded ? [...items, detail.item] : items.filter((item) => item.id !== detail.item.id))),
      }}
      defaultPageSize={10}
      empty={
        <Box textAlign="center" color="inherit">
          <b>No resources to display</b>
          <Box variant="p" color="inherit">
            {error ? formatIamError(error) : 'There are no policies to attach.'}
          </Box>
        </Box>
      }
      noMatchText="No policies match the search and type filter."
      header={
        <SpaceBetween size="s">
          <Header
            variant="h2"
            counter={loading ? undefined : `(${selected.length}/${rows.length})`}
            description={`You can attach up to ${POLICIES_PER_GROUP} policies to this user group. All the users in this group will have permissions that are defined in the selected policies.`}
          >
            Attach permissions policies - Optional
          </Header>
          {full && (
            <Alert type="info">
              You can attach up to {POLICIES_PER_GROUP} policies to a user group, and {POLICIES_PER_GROUP} are selected. To
              choose another policy, first clear one of the selected policies.
            </Alert>
          )}
        </SpaceBetween>
      }
    />
  );
});
