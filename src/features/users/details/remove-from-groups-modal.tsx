import Box from '@cloudscape-design/components/box';
import { useRemoveUserFromGroups } from '../../../api/users/user-group-membership';
import { useFlash } from '../../../stores/flash-store';
import { RemoveConfirmModal } from '../../../components/remove-confirm-modal';

interface RemoveFromGroupsModalProps {
  userName: string;
  groupNames: string[];
  visible: boolean;
  onClose: (removed: boolean) => void;
}

/** RemoveUserFromGroup per selected group, each outcome reported. */
export function RemoveFromGroupsModal({ userName, groupNames, visible, onClose }: RemoveFromGroupsModalProps) {
  const remove = useRemoveUserFromGroups(userName);
  const flash = useFlash();

  const confirm = async () => {
    const outcomes = await remove.mutateAsync(groupNames);
    const removed = outcomes.filter((o) => !o.error).map((o) => o.groupName);
    if (removed.length > 0) {
      flash({
        type: 'success',
        content:
          removed.length === 1
            ? `${userName} removed from group ${removed[0]}.`
            : `${userName} removed from ${removed.length} groups: ${removed.join(', ')}.`,
      });
    }
    for (const { groupName, error } of outcomes) {
      if (error) {
        flash({ type: 'error', header: `Could not remove ${userName} from ${groupName}`, content: `RemoveUserFromGroup failed: ${error.message} (${error.code})` });
      }
    }
    onClose(true);
  };

  return (
    <RemoveConfirmModal
      visible={visible}
      header={groupNames.length === 1 ? `Remove ${userName} from ${groupNames[0]}?` : `Remove ${userName} from ${groupNames.length} groups?`}
      removing={remove.isPending}
      onDismiss={() => onClose(false)}
      onConfirm={confirm}
    >
      <Box variant="p">
        {userName} loses the permissions that {groupNames.join(', ')} {groupNames.length === 1 ? 'grants' : 'grant'}, unless
        another group or a direct policy grants them too. The {groupNames.length === 1 ? 'group stays' : 'groups stay'} as{' '}
        {groupNames.length === 1 ? 'it is' : 'they are'}.
      </Box>
    </RemoveConfirmModal>
  );
}
