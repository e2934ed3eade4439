import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { formatIamError } from '../../../api/iam-error';
import { awsPolicySummariesQuery } from '../../../api/policies/policy-summaries';
import { ResourceTable } from '../../../components/resource-table';
import { PolicyTypeFilter } from '../../../components/policy-type-filter';
import { ALL_POLICY_TYPES } from '../../../components/policy-type-filter-options';
import { PERMISSION_TYPES, permissionsColumns } from './permissions-config';
import { RemovePoliciesModal } from './remove-policies-modal';
import { useUserPermissions, type PermissionRow } from './use-user-permissions';

/** "What can this user do, and why?": every policy that applies, with where it comes from. */
export function PermissionsTab({ userName }: { userName: string }) {
  const permissions = useUserPermissions(userName);
  const summaries = useQuery(awsPolicySummariesQuery());
  const navigate = useNavigate();
  const [type, setType] = useState(ALL_POLICY_TYPES);
  const [selected, setSelected] = useState<PermissionRow[]>([]);
  const [removeOpen, setRemoveOpen] = useState(false);
  const columns = useMemo(() => permissionsColumns(summaries.data), [summaries.data]);
  const base = `/users/details/${encodeURIComponent(userName)}`;

  return (
    <SpaceBetween size="m">
      {permissions.error && (
        <StatusIndicator type="error">Could not load permissions: {formatIamError(permissions.error)}</StatusIndicator>
      )}
      <ResourceTable<PermissionRow>
        tableId="user-permissions"
        ariaLabel="Permissions policies"
        items={permissions.rows}
        loading={permissions.pending}
        loadingText="Loading permissions"
        columns={columns}
        trackBy="id"
        filteringFields={['policyName', 'attachedVia']}
        extraFilter={type === ALL_POLICY_TYPES ? undefined : (row) => row.type === type}
        filterExtras={<PolicyTypeFilter value={type} types={PERMISSION_TYPES} onChange={setType} />}
        selectionType="multi"
        selectedItems={selected}
        onSelectionChange={setSelected}
        // Inherited policies belong to the group; only the group (or leaving it) can change them.
        isItemDisabled={(row) => Boolean(row.groupName)}
        header={
          <Header
            variant="h2"
            counter={`(${permissions.rows.length})`}
            description={
              <>
                Permissions are defined by policies attached to the user directly or through groups. A policy attached via
                a group cannot be removed here: remove it from the group, or remove the user from the group.
              </>
            }
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button iconName="refresh" ariaLabel="Refresh permissions" loading={permissions.fetching} onClick={() => permissions.refetch()} />
                <Button disabled={selected.length === 0} onClick={() => setRemoveOpen(true)}>
                  Remove
                </Button>
                <ButtonDropdown
                  variant="primary"
                  items={[
                    { id: 'attach', text: 'Attach policies directly' },
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
        noMatchText="No policies match the filter."
        empty={
          <Box textAlign="center" color="inherit">
            <b>No permissions</b>
            <Box variant="p" color="inherit">
              {userName} has no policies and is in no group with policies, so {userName} can do nothing in AWS.
            </Box>
          </Box>
        }
      />
      <RemovePoliciesModal
        userName={userName}
        rows={selected}
        visible={removeOpen}
        onClose={(removed) => {
          setRemoveOpen(false);
          if (removed) setSelected([]);
        }}
      />
    </SpaceBetween>
  );
}
