import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';

/**
 * Credentials belong to users, never to groups: this tab exists on a user and has no
 * counterpart on a group page. The sandbox issues no real credentials, and shows none.
 */
export function SecurityCredentialsTab({ userName }: { userName: string }) {
  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">Console sign-in</Header>}>
        <KeyValuePairs
          columns={2}
          items={[
            { label: 'Console sign-in link', value: 'https://123456789012.signin.aws.amazon.com/console' },
            { label: 'Console password', value: <StatusIndicator type="stopped">Not enabled</StatusIndicator> },
          ]}
        />
        <Box variant="p" color="text-body-secondary" margin={{ top: 's' }}>
          The sandbox issues no passwords. In a real account, a console password lets {userName} sign in to the AWS
          Management Console as this user.
        </Box>
      </Container>
      <Container
        header={
          <Header variant="h2" counter="(0)" description="Use access keys to send programmatic calls to AWS from the AWS CLI, SDKs or direct API calls.">
            Access keys
          </Header>
        }
      >
        <Box variant="p">
          No access keys. The sandbox does not issue access keys. Long-term access keys always belong to a user such as{' '}
          {userName}, never to a group: a group has no credentials of its own.
        </Box>
      </Container>
      <Container header={<Header variant="h2" counter="(0)">Multi-factor authentication (MFA)</Header>}>
        <KeyValuePairs columns={1} items={[{ label: 'Assigned MFA device', value: 'Not assigned' }]} />
      </Container>
    </SpaceBetween>
  );
}
