import Alert from '@cloudscape-design/components/alert';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { groupQuery } from '../../../api/groups/group-queries';
import { formatIamError, isIamErrorCode } from '../../../api/iam-error';
import { NotFoundContent } from '../../../components/not-found-content';
import { GroupDetailsHeader } from './group-details-header';
import { GroupSummary } from './group-summary';
import { GroupTabs } from './group-tabs';

/** `#/groups/details/NAME?section=users|permissions|access_advisor` */
export function GroupDetailsPage() {
  const groupName = useParams().groupName ?? '';
  const group = useQuery(groupQuery(groupName));

  if (group.isError && isIamErrorCode(group.error, 'NoSuchEntity')) {
    return (
      <NotFoundContent
        title="User group not found"
        detail={`The user group ${groupName} does not exist. It may have been deleted or renamed, or the link is mistyped.`}
        backHref="#/groups"
        backText="Back to User groups"
      />
    );
  }
  if (group.isError) {
    return (
      <ContentLayout header={<Header variant="h1">{groupName}</Header>}>
        <Alert type="error" header="The user group could not be loaded">
          {formatIamError(group.error)}
        </Alert>
      </ContentLayout>
    );
  }
  if (group.isPending) return <Spinner size="large" />;

  const { group: details, users } = group.data;
  return (
    <ContentLayout header={<GroupDetailsHeader groupName={details.GroupName!} memberCount={users.length} />}>
      <SpaceBetween size="l">
        <GroupSummary group={details} />
        <GroupTabs groupName={details.GroupName!} members={users} />
      </SpaceBetween>
    </ContentLayout>
  );
}

export { GroupDetailsPage as Component };
