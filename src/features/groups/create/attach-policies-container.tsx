import Alert from '@cloudscape-design/components/alert';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { memo } from 'react';
import { GroupPolicyPicker } from '../shared/group-policy-picker';
import { POLICIES_PER_GROUP, type PolicyRow } from '../shared/policy-row';

interface AttachPoliciesContainerProps {
  selected: PolicyRow[];
  onChange: (policies: PolicyRow[]) => void;
}

/** Managed policies to attach, at most 10, each expandable to show its JSON. */
export const AttachPoliciesContainer = memo(function AttachPoliciesContainer({ selected, onChange }: AttachPoliciesContainerProps) {
  return (
    <GroupPolicyPicker
      tableId="create-group-policies"
      variant="container"
      ariaLabel="Permissions policies"
      room={POLICIES_PER_GROUP}
      selected={selected}
      onChange={onChange}
      emptyText="There are no policies to attach."
      header={({ total, loading, full }) => (
        <SpaceBetween size="s">
          <Header
            variant="h2"
            counter={loading ? undefined : `(${selected.length}/${total})`}
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
      )}
    />
  );
});
