import CodeView from '@cloudscape-design/code-view/code-view';
import jsonHighlight from '@cloudscape-design/code-view/highlight/json';
import Container from '@cloudscape-design/components/container';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { formatIamError } from '../../../api/iam-error';
import { policyDocumentQuery } from '../../../api/policies/policy-queries';

/** IAM stores the text as written; the console shows it indented, as the real console does. */
function prettyPrint(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 4);
  } catch {
    return text;
  }
}

interface PolicyPermissionsTabProps {
  policyArn: string;
  versionId: string;
}

/** The default version's JSON document, highlighted and copyable. */
export function PolicyPermissionsTab({ policyArn, versionId }: PolicyPermissionsTabProps) {
  const document = useQuery(policyDocumentQuery(policyArn, versionId));
  const pretty = useMemo(() => (document.data === undefined ? '' : prettyPrint(document.data)), [document.data]);

  return (
    <Container
      header={
        <Header
          variant="h2"
          description={`Permissions defined in this policy document (default version ${versionId}).`}
          actions={
            document.isSuccess && (
              <CopyToClipboard
                variant="button"
                textToCopy={pretty}
                copyButtonText="Copy"
                copySuccessText="Policy JSON copied"
                copyErrorText="Policy JSON failed to copy"
              />
            )
          }
        >
          Permissions defined in this policy
        </Header>
      }
    >
      {document.isPending && <StatusIndicator type="loading">Loading the policy document</StatusIndicator>}
      {document.isError && <StatusIndicator type="error">{formatIamError(document.error)}</StatusIndicator>}
      {document.isSuccess && (
        <CodeView content={pretty} highlight={jsonHighlight} lineNumbers wrapLines ariaLabel="Policy document JSON" />
      )}
    </Container>
  );
}
