import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';

interface BootErrorProps {
  header: string;
  detail: string;
}

/** Shown instead of a blank page when the sandbox's IAM cannot start. */
export function BootError({ header, detail }: BootErrorProps) {
  return (
    <Box padding="xxl">
      <Alert type="error" header={header}>
        {detail}
      </Alert>
    </Box>
  );
}
