import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatIamError } from '../../../api/iam-error';
import { useDetachPolicyFromEntities } from '../../../api/policies/attach-policy-entities';
import { policyEntitiesQuery, type PolicyEntity } from '../../../api/policies/policy-entities-query';
import { isServiceRolePolicy } from '../../../api/policies/policy-type';
import { ResourceTable } from '../../../components/resource-table';
import { useFlash } from '../../../stores/flash-store';
import { AttachEntitiesModal } from './attach-entities-modal';
import { entitiesCountText, entityErrorText } from './entity-error-text';
import { policyEntityColumns } from './policy-entities-config';

const SERVICE_ROLE_REASON =
  'AWS service-role policies are used only by service-linked roles; they cannot be attached to groups or users.';

/** Entities attached: the groups and users holding this policy, with Attach and Detach. */
export function PolicyEntitiesTab({ policyArn, policyName }: { policyArn: string; policyName: string }) {
  const entities = useQuery(policyEntitiesQuery(policyArn));
  const detach = useDetachPolicyFromEntities();
  const flash = useFlash();
  const [selected, setSelected] = useState<PolicyEntity[]>([]);
  const [attaching, setAttaching] = useState(false);
  const serviceRole = isServiceRolePolicy(policyArn);

  const detachSelected = () =>
    detach.mutate(
      { policyArn, entities: selected },
      {
        onSuccess: ({ succeeded, failed }) => {
          setSelected([]);
          if (succeeded.length > 0) {
            flash({ type: 'success', content: `Policy ${policyName} detached from ${entitiesCountText(succeeded.length)}.` });
          }
          for (const { entity, error } of failed) flash({ type: 'error', content: entityErrorText(entity, error) });
        },
      },
    );

  const header = (
    <Header
      variant="h2"
      counter={entities.isSuccess ? `(${entities.data.length})` : undefined}
      description="The user groups and users this policy is attached to. Every member of an attached group gets its permissions."
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <Button iconName="refresh" ariaLabel="Refresh entities" loading={entities.isFetching} onClick={() => entities.refetch()} />
          <Button disabled={selected.length === 0} loading={detach.isPending} onClick={detachSelected}>
            Detach
          </Button>
          <Button disabled={serviceRole} disabledReason={SERVICE_ROLE_REASON} onClick={() => setAttaching(true)}>
            Attach
          </Button>
        </SpaceBetween>
      }
    >
      Entities attached
    </Header>
  );

  return (
    <>
      <ResourceTable<PolicyEntity>
        tableId="policy-entities"
        ariaLabel="Entities attached"
        items={entities.data ?? []}
        columns={policyEntityColumns}
        trackBy="key"
        header={header}
        loading={entities.isPending}
        loadingText="Loading attached entities"
        filteringFields={['name', 'type']}
        selectionType="multi"
        selectedItems={selected}
        onSelectionChange={setSelected}
        defaultPageSize={10}
        noMatchText="No attached entities match the search."
        empty={
          entities.isError ? (
            <StatusIndicator type="error">{formatIamError(entities.error)}</StatusIndicator>
          ) : (
            <Box textAlign="center" color="inherit">
              <b>No entities attached</b>
              <Box variant="p" color="inherit">
                This policy is not attached to any group or user.
              </Box>
            </Box>
          )
        }
      />
      <AttachEntitiesModal
        visible={attaching}
        policyArn={policyArn}
        policyName={policyName}
        attached={entities.data ?? []}
        onDismiss={() => setAttaching(false)}
      />
    </>
  );
}
