import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import { useNavigate } from 'react-router-dom';

/** The table's empty state, with the console's shortcut to create the first group. */
export function GroupsEmptyState() {
  const navigate = useNavigate();
  return (
    <Box textAlign="center" color="inherit">
      <b>No resources to display</b>
      <Box padding={{ bottom: 's' }} variant="p" color="inherit">
        There are no user groups in this account.
      </Box>
      <Button onClick={() => navigate('/groups/create')}>Create group</Button>
    </Box>
  );
}
