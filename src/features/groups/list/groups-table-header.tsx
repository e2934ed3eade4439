import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useNavigate } from 'react-router-dom';
import { useLayoutStore } from '../../../stores/layout-store';

interface GroupsTableHeaderProps {
  /** undefined while the list loads */
  total?: number;
  selectedCount: number;
  refreshing: boolean;
  onRefresh: () => void;
  onDelete: () => void;
}

export function GroupsTableHeader({ total, selectedCount, refreshing, onRefresh, onDelete }: GroupsTableHeaderProps) {
  const navigate = useNavigate();
  const setToolsOpen = useLayoutStore((state) => state.setToolsOpen);
  return (
    <Header
      variant="awsui-h1-sticky"
      counter={total === undefined ? undefined : `(${total})`}
      info={
        <Link variant="info" onFollow={() => setToolsOpen(true)}>
          Info
        </Link>
      }
      description="A user group is a collection of IAM users. Use groups to specify permissions for a collection of users."
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <Button iconName="refresh" ariaLabel="Refresh" loading={refreshing} onClick={onRefresh} />
          <Button disabled={selectedCount === 0} onClick={onDelete}>
            Delete
          </Button>
          <Button variant="primary" onClick={() => navigate('/groups/create')}>
            Create group
          </Button>
        </SpaceBetween>
      }
    >
      User groups
    </Header>
  );
}
