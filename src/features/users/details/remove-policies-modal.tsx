import Box from '@cloudscape-design/components/box';
import { useRemoveUserPolicies, type DirectPolicy } from '../../../api/users/user-policy-mutations';
import { useFlash } from '../../../stores/flash-store';
import { RemoveConfirmModal } from '../../../components/remove-confirm-modal';
import type { PermissionRow } from './use-user-permissions';

interface RemovePoliciesModalProps {
  userName: string;
  rows: PermissionRow[];
  visible: boolean;
  onClose: (removed: boolean) => void;
}

/** Detaches managed and deletes inline policies that the user holds directly. */
export function RemovePoliciesModal({ userName, rows, visible, onClose }: RemovePoliciesModalProps) {
  const remove = useRemoveUserPolicies(userName);
  const flash = useFlash();
  const direct = rows.filter((row) => !row.groupName);
  const names = direct.map((row) => row.policyName);

  const confirm = async () => {
    const policies = direct.map(
      (row): DirectPolicy =>
        row.policyArn ? { kind: 'managed', policyArn: row.policyArn, policyName: row.policyName } : { kind: 'inline', policyName: row.policyName },
    );
    const outcomes = await remove.mutateAsync(policies);
    const removed = outcomes.filter((o) => !o.error).map((o) => o.policy.policyName);
    if (removed.length > 0) {
      flash({
        type: 'success',
        content: removed.length === 1 ? `Policy ${removed[0]} removed from ${userName}.` : `${removed.length} policies removed from ${userName}.`,
      });
    }
    for (const { policy, error } of outcomes) {
      if (!error) continue;
      const action = policy.kind === 'managed' ? 'DetachUserPolicy' : 'DeleteUserPolicy';
      flash({ type: 'error', header: `Could not remove ${policy.policyName}`, content: `${action} failed: ${error.message} (${error.code})` });
    }
    onClose(true);
  };

  return (
    <RemoveConfirmModal
      visible={visible}
      header={names.length === 1 ? `Remove ${names[0]}?` : `Remove ${names.length} policies?`}
      removing={remove.isPending}
      onDismiss={() => onClose(false)}
      onConfirm={confirm}
    >
      <Box variant="p">
        {userName} loses the permissions in {names.join(', ')}, unless a group of {userName} grants them too. Inline policies
        are deleted; managed policies are only detached and stay available.
      </Box>
    </RemoveConfirmModal>
  );
}
