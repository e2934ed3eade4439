import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';

interface RemoveConfirmModalProps {
  visible: boolean;
  header: string;
  children: ReactNode;
  removing: boolean;
  /** the confirm button's words; "Remove" by default */
  confirmText?: string;
  onDismiss: () => void;
  onConfirm: () => void;
}

/** Removing a policy or a membership is reversible, so a plain confirmation (no typed consent) is enough. */
export function RemoveConfirmModal(props: RemoveConfirmModalProps) {
  const { visible, header, children, removing, confirmText = 'Remove', onDismiss, onConfirm } = props;
  return (
    <Modal
      visible={visible}
      header={header}
      onDismiss={onDismiss}
      closeAriaLabel="Close dialog"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <Button variant="primary" loading={removing} onClick={onConfirm}>
              {confirmText}
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      {children}
    </Modal>
  );
}
