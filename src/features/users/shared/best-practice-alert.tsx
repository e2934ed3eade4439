import Alert from '@cloudscape-design/components/alert';

/** The console's nudge towards groups whenever policies go straight onto a user. */
export function BestPracticeAlert() {
  return (
    <Alert type="info" header="Best practice">
      As a best practice, we recommend attaching policies to a group instead, then adding the user to the group.
    </Alert>
  );
}
