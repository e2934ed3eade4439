import Alert from '@cloudscape-design/components/alert';

/** Said before IAM would refuse with LimitExceeded (GroupsPerUser). */
export function GroupLimitAlert({ userName, limit }: { userName: string; limit: number }) {
  return (
    <Alert type="warning" header="Group limit reached">
      {userName} is in {limit} groups, the maximum. Remove the user from a group first.
    </Alert>
  );
}
