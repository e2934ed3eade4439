import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import type { GroupOutcome } from '../../../api/users/user-group-membership';

/** Names each refused membership; LimitExceeded gets the quota explained in words. */
export function AddToGroupsFailures({ userName, failed }: { userName: string; failed: GroupOutcome[] }) {
  const limited = failed.some((outcome) => outcome.error?.code === 'LimitExceeded');
  return (
    <Alert type="error" header={`${userName} was not added to ${failed.length === 1 ? 'this group' : 'these groups'}`}>
      <ul>
        {failed.map(({ groupName, error }) => (
          <li key={groupName}>
            AddUserToGroup {groupName}: {error?.message} ({error?.code})
          </li>
        ))}
      </ul>
      {limited && (
        <Box variant="p">
          IAM allows a user to be in a limited number of groups at a time. Remove {userName} from a group before adding
          another.
        </Box>
      )}
    </Alert>
  );
}
