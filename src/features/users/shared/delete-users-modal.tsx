import Box from '@cloudscape-design/components/box';
import { TypedDeleteModal } from '../../../components/typed-delete-modal';

interface DeleteUsersModalProps {
  userNames: string[];
  visible: boolean;
  deleting: boolean;
  onDismiss: () => void;
  onConfirm: () => void;
}

/** Typed consent: the user name for one user, "N users" for several. */
export function DeleteUsersModal({ userNames, visible, deleting, onDismiss, onConfirm }: DeleteUsersModalProps) {
  const single = userNames.length === 1;
  const confirmationText = single ? userNames[0] : `${userNames.length} users`;
  return (
    <TypedDeleteModal
      visible={visible}
      header={single ? `Delete ${userNames[0]}?` : `Delete ${userNames.length} users?`}
      confirmationText={confirmationText}
      deleting={deleting}
      onDismiss={onDismiss}
      onConfirm={onConfirm}
    >
      <Box variant="p">
        {single ? (
          <>
            Permanently delete user <b>{userNames[0]}</b>?
          </>
        ) : (
          <>Permanently delete {userNames.length} users: {userNames.join(', ')}?</>
        )}
      </Box>
      <Box variant="p">
        Deleting a user also removes them from their groups and deletes their policies. This cannot be undone.
      </Box>
    </TypedDeleteModal>
  );
}
