import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { RemoveConfirmModal } from '../../../components/remove-confirm-modal';
import type { GroupPolicyRow } from './use-group-policy-rows';

interface RemovePoliciesModalProps {
  groupName: string;
  policies: GroupPolicyRow[];
  removing: boolean;
  onDismiss: () => void;
  onConfirm: () => void;
}

function inlineNote(inlineCount: number, total: number): string {
  const fate = 'belong to this group only and will be deleted, not just detached.';
  if (total === 1) return `It is an inline policy: inline policies ${fate}`;
  return `${inlineCount} of them ${inlineCount === 1 ? 'is an inline policy' : 'are inline policies'}: inline policies ${fate}`;
}

/** Asks before detaching managed policies and deleting inline ones (an inline policy is gone for good). */
export function RemovePoliciesModal({ groupName, policies, removing, onDismiss, onConfirm }: RemovePoliciesModalProps) {
  const single = policies.length === 1 ? policies[0] : undefined;
  const inlineCount = policies.filter((policy) => !policy.policyArn).length;
  return (
    <RemoveConfirmModal
      visible={policies.length > 0}
      header={single ? `Remove ${single.name}?` : `Remove ${policies.length} policies?`}
      confirmText="Remove policies"
      removing={removing}
      onDismiss={onDismiss}
      onConfirm={onConfirm}
    >
      <SpaceBetween size="s">
        <Box variant="p">
          {single ? `${single.name} will be removed` : `${policies.length} policies will be removed`} from the user
          group {groupName}. Its users lose the permissions these policies give, unless another group or the user
          itself grants them.
        </Box>
        {inlineCount > 0 && <Box variant="p">{inlineNote(inlineCount, policies.length)}</Box>}
      </SpaceBetween>
    </RemoveConfirmModal>
  );
}
