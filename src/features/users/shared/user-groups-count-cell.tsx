import Box from '@cloudscape-design/components/box';
import Popover from '@cloudscape-design/components/popover';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useQuery } from '@tanstack/react-query';
import { formatIamError } from '../../../api/iam-error';
import { groupsForUserQuery } from '../../../api/users/user-queries';

/**
 * The Groups count of one user. Each cell asks ListGroupsForUser for its own row, and only
 * rendered rows (the current page) exist, so a 5,000-user account costs one page of calls.
 */
export function UserGroupsCountCell({ userName }: { userName: string }) {
  const groups = useQuery(groupsForUserQuery(userName));
  if (groups.isPending) return <StatusIndicator type="loading">Loading</StatusIndicator>;
  if (groups.isError) return <StatusIndicator type="error">{formatIamError(groups.error)}</StatusIndicator>;
  const names = groups.data.map((group) => group.GroupName ?? '');
  if (names.length === 0) return <Box>0</Box>;
  return (
    <Popover
      triggerType="text"
      dismissButton={false}
      size="small"
      header={`Groups of ${userName}`}
      content={
        <Box variant="div">
          {names.map((name) => (
            <div key={name}>{name}</div>
          ))}
        </Box>
      }
    >
      {String(names.length)}
    </Popover>
  );
}
