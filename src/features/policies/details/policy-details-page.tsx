import { useParams } from 'react-router-dom';
import { PolicyDetailsContent } from './policy-details-content';

/**
 * IAM › Policies › NAME. Following a link from one policy to another keeps this route
 * mounted, so the content is keyed by ARN: open dialogs, selections and errors belong to
 * the policy they were opened for.
 */
export function PolicyDetailsPage() {
  const policyArn = useParams().policyArn ?? '';
  return <PolicyDetailsContent key={policyArn} policyArn={policyArn} />;
}

export { PolicyDetailsPage as Component };
