import Alert from '@cloudscape-design/components/alert';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import Spinner from '@cloudscape-design/components/spinner';
import type { ReactNode } from 'react';
import { formatIamError, isIamErrorCode } from '../../../api/iam-error';
import { NotFoundContent } from '../../../components/not-found-content';

interface LoadingQuery {
  isPending: boolean;
  isError: boolean;
  error: unknown;
}

/**
 * What a group page shows instead of itself while its group loads or when it cannot:
 * the console's "not found" for a missing group (NoSuchEntity), the AWS error otherwise.
 * Null when the page can render.
 */
export function groupLoadState(groupName: string, query: LoadingQuery): ReactNode | null {
  if (query.isError && isIamErrorCode(query.error, 'NoSuchEntity')) {
    return (
      <NotFoundContent
        title="User group not found"
        detail={`The user group ${groupName} does not exist. It may have been deleted or renamed, or the link is mistyped.`}
        backHref="#/groups"
        backText="Back to User groups"
      />
    );
  }
  if (query.isError) {
    return (
      <ContentLayout header={<Header variant="h1">{groupName}</Header>}>
        <Alert type="error" header="The user group could not be loaded">
          {formatIamError(query.error)}
        </Alert>
      </ContentLayout>
    );
  }
  if (query.isPending) return <Spinner size="large" />;
  return null;
}
