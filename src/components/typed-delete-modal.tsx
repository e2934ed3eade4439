import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState, type ReactNode } from 'react';

interface TypedDeleteModalProps {
  visible: boolean;
  /** "Delete Developers?" / "Delete 3 user groups?" */
  header: string;
  /** what deleting does, in the console's words */
  children: ReactNode;
  /** the text the user must type: the name, or "3 user groups" */
  confirmationText: string;
  deleting?: boolean;
  /** shown inside the modal when the delete failed */
  errorText?: string;
  onDismiss: () => void;
  onConfirm: () => void;
}

/** The console's typed-consent delete: the Delete button waits for the exact confirmation text. */
export function TypedDeleteModal(props: TypedDeleteModalProps) {
  const [typed, setTyped] = useState('');
  const confirmed = typed === props.confirmationText;
  const close = () => {
    setTyped('');
    props.onDismiss();
  };
  return (
    <Modal
      visible={props.visible}
      header={props.header}
      onDismiss={close}
      closeAriaLabel="Close dialog"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={close}>
              Cancel
            </Button>
            <Button
              variant="primary"
              disabled={!confirmed}
              loading={props.deleting}
              onClick={() => {
                props.onConfirm();
                setTyped('');
              }}
            >
              Delete
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        {props.children}
        <FormField label={`To confirm deletion, enter ${props.confirmationText} in the text input field.`}>
          <Input
            value={typed}
            placeholder={props.confirmationText}
            ariaLabel="Confirm deletion"
            onChange={(event) => setTyped(event.detail.value)}
            onKeyDown={(event) => {
              if (event.detail.key === 'Enter' && confirmed) props.onConfirm();
            }}
          />
        </FormField>
        {props.errorText && <Alert type="error">{props.errorText}</Alert>}
      </SpaceBetween>
    </Modal>
  );
}
