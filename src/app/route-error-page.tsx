import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useRouteError } from 'react-router-dom';

/** Last line of defence: a page that crashed says so instead of going blank. */
export function RouteErrorPage() {
  const error = useRouteError();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Box padding="xxl">
      <SpaceBetween size="m">
        <Alert type="error" header="This page could not be displayed">
          {message}
        </Alert>
        <Button href="#/home">Go to the IAM dashboard</Button>
      </SpaceBetween>
    </Box>
  );
}
