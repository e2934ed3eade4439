import Container from '@cloudscape-design/components/container';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import type { Group } from '@aws-sdk/client-iam';
import { formatExactTime } from '../../../components/relative-time';

/** Summary: name, exact creation time and ARN. The console never shows a group's ID. */
export function GroupSummary({ group }: { group: Group }) {
  return (
    <Container header={<Header variant="h2">Summary</Header>}>
      <KeyValuePairs
        columns={3}
        items={[
          { label: 'User group name', value: group.GroupName },
          { label: 'Creation time', value: group.CreateDate ? formatExactTime(group.CreateDate) : '-' },
          {
            label: 'ARN',
            value: (
              <CopyToClipboard
                variant="inline"
                textToCopy={group.Arn ?? ''}
                copyButtonAriaLabel="Copy ARN"
                copySuccessText="ARN copied"
                copyErrorText="ARN failed to copy"
              />
            ),
          },
        ]}
      />
    </Container>
  );
}
