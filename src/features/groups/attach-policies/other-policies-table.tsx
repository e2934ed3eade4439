import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import { useCallback, useMemo, useState } from 'react';
import { formatIamError } from '../../../api/iam-error';
import { ResourceTable } from '../../../components/resource-table';
import { attachPoliciesColumns } from '../create/attach-policies-config';
import { limitSelection } from '../create/limit-selection';
import { documentRowOf, POLICIES_PER_GROUP, type PolicyRow } from '../create/policy-row';
import { PolicyTypeFilter } from '../../../components/policy-type-filter';
import { ALL_POLICY_TYPES } from '../../../components/policy-type-filter-options';
import { usePolicyRows } from '../create/use-policy-rows';

interface OtherPoliciesTableProps {
  /** ARNs of the managed policies the group already has */
  attachedArns: ReadonlySet<string>;
  selected: PolicyRow[];
  onChange: (rows: PolicyRow[]) => void;
}

/** "Other permissions policies (N)": attachable managed policies the group does not have, each expandable to its JSON. */
export function OtherPoliciesTable({ attachedArns, selected, onChange }: OtherPoliciesTableProps) {
  const [typeFilter, setTypeFilter] = useState<string>(ALL_POLICY_TYPES);
  const [expanded, setExpanded] = useState<PolicyRow[]>([]);
  const [visibleArns, setVisibleArns] = useState<string[]>([]);
  const { rows: allRows, loading, error } = usePolicyRows(visibleArns);
  const rows = useMemo(() => allRows.filter((row) => !attachedArns.has(row.Arn)), [allRows, attachedArns]);
  const room = Math.max(0, POLICIES_PER_GROUP - attachedArns.size);
  const full = selected.length >= room;
  const selectedIds = new Set(selected.map((row) => row.id));
  const onVisibleItemsChange = useCallback(
    (items: readonly PolicyRow[]) => setVisibleArns(items.map((row) => row.Arn)),
    [],
  );

  return (
    <ResourceTable<PolicyRow>
      tableId="group-attach-policies"
      ariaLabel="Other permissions policies"
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
      onSelectionChange={(items) => onChange(limitSelection(selected, items.filter((row) => !row.documentOf), room))}
      isItemDisabled={(row) => Boolean(row.documentOf) || (full && !selectedIds.has(row.id))}
      onVisibleItemsChange={onVisibleItemsChange}
      expandableRows={{
        isItemExpandable: (row) => !row.documentOf,
        getItemChildren: (row) => (row.documentOf ? [] : [documentRowOf(row)]),
        expandedItems: expanded,
        onExpandableItemToggle: ({ detail }) =>
          setExpanded((items) =>
            detail.expanded ? [...items, detail.item] : items.filter((item) => item.id !== detail.item.id),
          ),
      }}
      defaultPageSize={10}
      empty={
        <Box textAlign="center" color="inherit">
          <b>No resources to display</b>
          <Box variant="p" color="inherit">
            {error ? formatIamError(error) : 'There are no other policies to attach.'}
          </Box>
        </Box>
      }
      noMatchText="No policies match the search and type filter."
      header={
        <Header
          variant="h2"
          counter={loading ? undefined : selected.length ? `(${selected.length}/${rows.length})` : `(${rows.length})`}
          description={`You can attach up to ${POLICIES_PER_GROUP} managed policies. This group has ${attachedArns.size} attached.`}
        >
          Other permissions policies
        </Header>
      }
    />
  );
}
