import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { SummaryKeyType } from '@aws-sdk/client-iam';
import { useQuery } from '@tanstack/react-query';
import { accountSummaryQuery } from '../../api/account-queries';
import { formatIamError } from '../../api/iam-error';

interface Counter {
  label: string;
  key: SummaryKeyType;
  href?: string;
}

const counters: Counter[] = [
  { label: 'User groups', key: 'Groups', href: '#/groups' },
  { label: 'Users', key: 'Users', href: '#/users' },
  { label: 'Roles', key: 'Roles' },
  { label: 'Customer managed policies', key: 'Policies', href: '#/policies' },
];

/** IAM dashboard: the account's resource counts from GetAccountSummary. */
export function DashboardPage() {
  const summary = useQuery(accountSummaryQuery());
  return (
    <ContentLayout header={<Header variant="h1" description="Sandbox account 1234-5678-9012">IAM Dashboard</Header>}>
      <Container header={<Header variant="h2">IAM resources</Header>}>
        {summary.isError ? (
          <StatusIndicator type="error">{formatIamError(summary.error)}</StatusIndicator>
        ) : (
          <ColumnLayout columns={4} variant="text-grid">
            {counters.map((counter) => (
              <div key={counter.key}>
                <Box variant="awsui-key-label">{counter.label}</Box>
                <Box variant="awsui-value-large">
                  {summary.isPending ? (
                    <StatusIndicator type="loading">Loading</StatusIndicator>
                  ) : counter.href ? (
                    <Link href={counter.href} variant="primary" fontSize="display-l" ariaLabel={`${counter.label}: ${summary.data[counter.key] ?? 0}`}>
                      {String(summary.data[counter.key] ?? 0)}
                    </Link>
                  ) : (
                    String(summary.data[counter.key] ?? 0)
                  )}
                </Box>
              </div>
            ))}
          </ColumnLayout>
        )}
      </Container>
    </ContentLayout>
  );
}

export { DashboardPage as Component };
