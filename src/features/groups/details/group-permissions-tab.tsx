import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useRemoveGroupPolicies, type GroupPolicyRef } from '../../../api/groups/group-policies';
import { ResourceTable } from '../../../components/resource-table';
import { useFlash } from '../../../stores/flash-store';
import { groupPolicyColumns } from './policy-columns-config';
import { policyChangeFlashes } from './policy-change-flashes';
import { PolicyTypeFilter } from '../../../components/policy-type-filter';
import { ALL_POLICY_TYPES, MANAGED_POLICY_TYPES } from '../../../components/policy-type-filter-options';
import { RemovePoliciesModal } from './remove-policies-modal';
import { useGroupPolicyRows, type GroupPolicyRow } from './use-group-policy-rows';

const TYPES = [...MANAGED_POLICY_TYPES, 'Customer inline'];

function refOf(row: GroupPolicyRow): GroupPolicyRef {
  return row.policyArn ? { kind: 'managed', policyArn: row.policyArn } : { kind: 'inline', policyName: row.name };
}

/** "Permissions policies (N)": managed and inline policies of the group, Remove and Add permissions. */
export function GroupPermissionsTab({ groupName }: { groupName: string }) {
  const navigate = useNavigate();
  const flash = useFlash();
  const { rows, query } = useGroupPolicyRows(groupName);
  const removal = useRemoveGroupPolicies(groupName);
  const columns = useMemo(() => groupPolicyColumns(groupName), [groupName]);
  const [selected, setSelected] = useState<GroupPolicyRow[]>([]);
  const [confirming, setConfirming] = useState<GroupPolicyRow[]>([]);
  const [type, setType] = useState(ALL_POLICY_TYPES);
  const base = `/groups/details/${encodeURIComponent(groupName)}`;
  const nameOf = new Map(rows.map((row) => [row.policyArn ?? row.name, row.name]));

  const remove = () =>
    removal.mutate(confirming.map(refOf), {
      onSuccess: (result) => {
        policyChangeFlashes(result, groupName, 'remove', nameOf).forEach((message) => flash(message));
        setSelected([]);
        setConfirming([]);
      },
    });

  return (
    <>
      <ResourceTable<GroupPolicyRow>
        tableId="group-details-policies"
        ariaLabel="Permissions policies"
        items={rows}
        loading={query.isPending}
        loadingText="Loading policies"
        columns={columns}
        trackBy="id"
        itemLabel={(row) => row.name}
        filteringFields={['name', 'type', 'description']}
        selectionType="multi"
        selectedItems={selected}
        onSelectionChange={setSelected}
        filterExtras={<PolicyTypeFilter types={TYPES} value={type} onChange={setType} />}
        extraFilter={type === ALL_POLICY_TYPES ? undefined : (row) => row.type === type}
        header={
          <Header
            counter={selected.length ? `(${selected.length}/${rows.length})` : `(${rows.length})`}
            description="You can attach up to 10 managed policies."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button disabled={selected.length === 0} onClick={() => setConfirming(selected)}>
                  Remove
                </Button>
                <ButtonDropdown
                  variant="primary"
                  items={[
                    { id: 'attach', text: 'Attach policies' },
                    { id: 'inline', text: 'Create inline policy' },
                  ]}
                  onItemClick={({ detail }) =>
                    navigate(detail.id === 'attach' ? `${base}/attach-policies` : `${base}/create-inline-policy`)
                  }
                >
                  Add permissions
                </ButtonDropdown>
              </SpaceBetween>
            }
          >
            Permissions policies
          </Header>
        }
        empty={
          <Box textAlign="center" color="inherit">
            <b>No permissions policies</b>
            <Box variant="p" color="inherit">
              This group gives its users no permissions yet. Attach a policy or create an inline policy.
            </Box>
            <Button onClick={() => navigate(`${base}/attach-policies`)}>Attach policies</Button>
          </Box>
        }
        noMatchText="No policies of this group match the filter."
      />
      <RemovePoliciesModal
        groupName={groupName}
        policies={confirming}
        removing={removal.isPending}
        onDismiss={() => setConfirming([])}
        onConfirm={remove}
      />
    </>
  );
}
