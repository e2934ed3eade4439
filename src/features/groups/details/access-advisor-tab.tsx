import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { formatIamError } from '../../../api/iam-error';
import { useGrantedServices, type GrantedService } from './use-granted-services';

const NOT_ACCESSED = 'Not accessed in the tracking period';

/**
 * Access Advisor, honestly: the services the group's policies allow, and no activity,
 * because the sandbox runs no AWS service that could have been accessed.
 */
export function AccessAdvisorTab({ groupName }: { groupName: string }) {
  const { services, loading, error } = useGrantedServices(groupName);
  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">Access Advisor</Header>}>
        <Box variant="p">
          Access Advisor shows when services were last accessed by the members of this group. The sandbox does not
          run AWS services, so no service activity is ever recorded here.
        </Box>
      </Container>
      <Table<GrantedService>
        items={services}
        loading={loading}
        loadingText="Reading the group's policies"
        trackBy="namespace"
        wrapLines
        ariaLabels={{ tableLabel: 'Allowed services' }}
        header={
          <Header
            counter={loading ? undefined : `(${services.length})`}
            description="Services that the policies of this group allow actions in, read from the policy documents."
          >
            Allowed services
          </Header>
        }
        columnDefinitions={[
          {
            id: 'service',
            header: 'Service',
            cell: (item) => (item.namespace === '*' ? 'All services (*)' : item.namespace),
            isRowHeader: true,
          },
          { id: 'policies', header: 'Policies granting permissions', cell: (item) => item.policies.join(', ') },
          { id: 'lastAccessed', header: 'Last accessed', cell: () => NOT_ACCESSED, minWidth: 200 },
        ]}
        empty={
          error ? (
            <StatusIndicator type="error">{formatIamError(error)}</StatusIndicator>
          ) : (
            <Box textAlign="center" color="inherit">
              <b>No services</b>
              <Box variant="p" color="inherit">
                The policies of this group allow no service actions.
              </Box>
            </Box>
          )
        }
      />
    </SpaceBetween>
  );
}
