import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';

interface ResetSandboxModalProps {
  /** the scenario's title, e.g. "Classroom" */
  scenarioTitle: string;
  resetting: boolean;
  onConfirm: () => void;
  onDismiss: () => void;
}

/** A reset throws away everything the learner did, so it is confirmed first. */
export function ResetSandboxModal({ scenarioTitle, resetting, onConfirm, onDismiss }: ResetSandboxModalProps) {
  return (
    <Modal
      visible
      onDismiss={onDismiss}
      closeAriaLabel="Close dialog"
      header={`Reset the sandbox to ${scenarioTitle}?`}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss} disabled={resetting}>
              Cancel
            </Button>
            <Button variant="primary" onClick={onConfirm} loading={resetting}>
              Reset
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="s">
        <Box>Everything in the sandbox is replaced: its users, groups, policies and memberships, in every tab.</Box>
        <Box color="text-body-secondary">To keep a copy of the current sandbox, export it first.</Box>
      </SpaceBetween>
    </Modal>
  );
}
