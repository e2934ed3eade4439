import CodeView from '@cloudscape-design/code-view/code-view';
import jsonHighlight from '@cloudscape-design/code-view/highlight/json';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useQuery } from '@tanstack/react-query';
import { formatIamError } from '../../../api/iam-error';
import { policyDocumentQuery } from '../../../api/policies/policy-queries';

function pretty(document: string): string {
  try {
    return JSON.stringify(JSON.parse(document), null, 4);
  } catch {
    return document;
  }
}

/** The policy's default version, fetched only when its row is expanded. */
export function PolicyDocumentView({ arn, versionId, name }: { arn: string; versionId: string; name: string }) {
  const document = useQuery(policyDocumentQuery(arn, versionId));
  if (document.isPending) return <StatusIndicator type="loading">Loading policy document</StatusIndicator>;
  if (document.isError) return <StatusIndicator type="error">{formatIamError(document.error)}</StatusIndicator>;
  return (
    <div style={{ maxHeight: '24rem', overflow: 'auto', whiteSpace: 'normal' }}>
      <CodeView content={pretty(document.data)} highlight={jsonHighlight} lineNumbers ariaLabel={`${name} policy document`} />
    </div>
  );
}
