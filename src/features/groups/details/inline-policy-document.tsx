import CodeView from '@cloudscape-design/code-view/code-view';
import jsonHighlight from '@cloudscape-design/code-view/highlight/json';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useQuery } from '@tanstack/react-query';
import { groupInlinePolicyQuery } from '../../../api/groups/group-policies';
import { formatIamError } from '../../../api/iam-error';

function pretty(document: string): string {
  try {
    return JSON.stringify(JSON.parse(document), null, 4);
  } catch {
    return document;
  }
}

/** The JSON of one inline policy of the group, loaded when its row is expanded. */
export function InlinePolicyDocument({ groupName, policyName }: { groupName: string; policyName: string }) {
  const document = useQuery(groupInlinePolicyQuery(groupName, policyName));
  if (document.isPending) return <StatusIndicator type="loading">Loading policy document</StatusIndicator>;
  if (document.isError) return <StatusIndicator type="error">{formatIamError(document.error)}</StatusIndicator>;
  return (
    <CodeView
      content={pretty(document.data)}
      highlight={jsonHighlight}
      lineNumbers
      ariaLabel={`Policy document of ${policyName}`}
    />
  );
}
