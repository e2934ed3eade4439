import Box from '@cloudscape-design/components/box';
import { useNavigate } from 'react-router-dom';
import { useDeleteGroups } from '../../../api/groups/delete-groups';
import { TypedDeleteModal } from '../../../components/typed-delete-modal';
import { useFlash } from '../../../stores/flash-store';

interface DeleteGroupModalProps {
  groupName: string;
  memberCount: number;
  onDismiss: () => void;
}

/**
 * Typed consent with the group's name. The console cleans up first (members, managed
 * and inline policies), which IAM's DeleteGroup alone would refuse with DeleteConflict.
 * The page it stands on is about to disappear, so it goes back to the list at once and
 * reports there.
 */
export function DeleteGroupModal({ groupName, memberCount, onDismiss }: DeleteGroupModalProps) {
  const navigate = useNavigate();
  const flash = useFlash();
  const deletion = useDeleteGroups();
  const confirm = () => {
    const id = flash({ type: 'in-progress', loading: true, content: `Deleting ${groupName}…` });
    navigate('/groups');
    // mutateAsync: its promise settles even though this page has unmounted by then.
    void deletion.mutateAsync([groupName]).then(([result]) =>
      result.deleted
        ? flash({ id, type: 'success', content: `${groupName} user group deleted.` })
        : flash({
            id,
            type: 'error',
            header: `Could not delete user group ${groupName}.`,
            content: `${result.error.message} (${result.error.code})`,
          }),
    );
  };
  const members = memberCount === 1 ? '1 user' : `${memberCount} users`;
  return (
    <TypedDeleteModal
      visible
      header={`Delete ${groupName}?`}
      confirmationText={groupName}
      onDismiss={onDismiss}
      onConfirm={confirm}
    >
      <Box variant="p">
        Deleting <b>{groupName}</b> permanently removes the user group. The console first removes its {members} from
        the group, detaches every attached managed policy and deletes every inline policy. The users and the managed
        policies themselves are not deleted, but the users lose the permissions they had through this group. This
        cannot be undone.
      </Box>
    </TypedDeleteModal>
  );
}
