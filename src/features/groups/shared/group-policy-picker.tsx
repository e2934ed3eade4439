import Box from '@cloudscape-design/components/box';
import type { TableProps } from '@cloudscape-design/components/table';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { formatIamError } from '../../../api/iam-error';
import { PolicyTypeFilter } from '../../../components/policy-type-filter';
import { ALL_POLICY_TYPES } from '../../../components/policy-type-filter-options';
import { ResourceTable } from '../../../components/resource-table';
import { attachPoliciesColumns } from './attach-policies-config';
import { limitSelection } from './limit-selection';
import { documentRowOf, type PolicyRow } from './policy-row';
import { usePolicyRows } from './use-policy-rows';

export interface PickerHeaderState {
  /** policies offered */
  total: number;
  loading: boolean;
  /** no more can be selected */
  full: boolean;
}

interface GroupPolicyPickerProps {
  tableId: string;
  ariaLabel: string;
  variant?: TableProps.Variant;
  /** managed policies the group has already: not offered again */
  excludedArns?: ReadonlySet<string>;
  /** how many more policies the group can take (IAM allows 10 per group) */
  room: number;
  selected: PolicyRow[];
  onChange: (rows: PolicyRow[]) => void;
  /** the empty state's words when there is nothing to offer */
  emptyText: string;
  header: (state: PickerHeaderState) => ReactNode;
}

/**
 * Attachable managed policies for a group: Filter by Type, Search, each row expandable to its
 * JSON, selection capped at the group's remaining room. Used by Create user group and by
 * the group's Attach policies page.
 */
export function GroupPolicyPicker(props: GroupPolicyPickerProps) {
  const { excludedArns, selected, onChange, room } = props;
  const [typeFilter, setTypeFilter] = useState<string>(ALL_POLICY_TYPES);
  const [expanded, setExpanded] = useState<PolicyRow[]>([]);
  const [visibleArns, setVisibleArns] = useState<string[]>([]);
  const { rows: allRows, loading, error } = usePolicyRows(visibleArns);
  const rows = useMemo(
    () => (excludedArns?.size ? allRows.filter((row) => !excludedArns.has(row.Arn)) : allRows),
    [allRows, excludedArns],
  );
  const full = selected.length >= room;
  const selectedIds = new Set(selected.map((row) => row.id));
  const onVisibleItemsChange = useCallback(
    (items: readonly PolicyRow[]) => setVisibleArns(items.map((row) => row.Arn)),
    [],
  );

  return (
    <ResourceTable<PolicyRow>
      tableId={props.tableId}
      variant={props.variant}
      ariaLabel={props.ariaLabel}
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
            {error ? formatIamError(error) : props.emptyText}
          </Box>
        </Box>
      }
      noMatchText="No policies match the search and type filter."
      header={props.header({ total: rows.length, loading, full })}
    />
  );
}
