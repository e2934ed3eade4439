import type { User } from '@aws-sdk/client-iam';
import Container from '@cloudscape-design/components/container';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import { formatExactTime } from '../../../components/relative-time';

/** The user's identity: ARN, creation, path, and (sandbox) sign-in facts. */
export function UserSummary({ user }: { user: User }) {
  return (
    <Container header={<Header variant="h2">Summary</Header>}>
      <KeyValuePairs
        columns={3}
        items={[
          {
            label: 'ARN',
            value: (
              <CopyToClipboard
                variant="inline"
                textToCopy={user.Arn ?? ''}
                copyButtonAriaLabel="Copy ARN"
                copySuccessText="ARN copied"
                copyErrorText="ARN failed to copy"
              />
            ),
          },
          { label: 'Created', value: user.CreateDate ? formatExactTime(user.CreateDate) : '-' },
          { label: 'Path', value: user.Path ?? '/' },
          { label: 'Console access', value: 'Disabled' },
          { label: 'Last console sign-in', value: 'Never' },
        ]}
      />
    </Container>
  );
}
