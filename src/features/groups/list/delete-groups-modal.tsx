import Box from '@cloudscape-design/components/box';
import { TypedDeleteModal } from '../../../components/typed-delete-modal';

interface DeleteGroupsModalProps {
  visible: boolean;
  groupNames: string[];
  onDismiss: () => void;
  onConfirm: () => void;
}

/** Typed consent: the group's name for one group, "N user groups" for several. */
export function DeleteGroupsModal({ visible, groupNames, onDismiss, onConfirm }: DeleteGroupsModalProps) {
  const single = groupNames.length === 1;
  const confirmationText = single ? groupNames[0] : `${groupNames.length} user groups`;
  return (
    <TypedDeleteModal
      visible={visible}
      header={`Delete ${confirmationText}?`}
      confirmationText={confirmationText}
      onDismiss={onDismiss}
      onConfirm={onConfirm}
    >
      <Box variant="p">
        {single ? (
          <>
            Deleting <b>{groupNames[0]}</b> permanently removes the user group.
          </>
        ) : (
          <>Deleting these user groups permanently removes them: {groupNames.join(', ')}.</>
        )}{' '}
        The console first removes every user from the group, detaches every attached managed policy and deletes every
        inline policy. The users and the managed policies themselves are not deleted, but users lose the permissions
        they had through the group. This cannot be undone.
      </Box>
    </TypedDeleteModal>
  );
}
