import Alert from '@cloudscape-design/components/alert';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useSandboxControls, useSandboxStatus } from '../../../api/sandbox-controls';
import { FaultsContainer } from './faults-container';
import { SavedStateContainer } from './saved-state-container';
import { ScenarioContainer } from './scenario-container';

/** Sandbox settings (`#/sandbox`): what the sandbox starts from, its saved copy, and its faults. */
export function Component() {
  const controls = useSandboxControls();
  const status = useSandboxStatus(controls);
  const header = (
    <Header
      variant="h1"
      description={
        controls
          ? 'This console is a sandbox: nothing here reaches AWS. Choose its starting point, keep or share a copy of it, and make its IAM slow or failing on purpose.'
          : 'This console is a sandbox: nothing here reaches AWS.'
      }
    >
      Sandbox settings
    </Header>
  );
  if (!controls || !status) {
    return (
      <ContentLayout header={header}>
        <Alert type="info" header="This sandbox is run by a sandbox server">
          This console works on the account of the sandbox server that served it: the same account the AWS CLI and
          SDKs use at this address, kept in the server&apos;s state file. Its starting point, saved copy and faults
          are the server&apos;s command-line options: npm run server -- --scenario NAME --reset starts the account
          again from a scenario, the state file is its export (--state FILE opens another), and --latency MS and
          --fault RULE make its IAM slow or failing on purpose.
        </Alert>
      </ContentLayout>
    );
  }
  return (
    <ContentLayout header={header}>
      <SpaceBetween size="l">
        {status.bootProblems.length > 0 && (
          <Alert type="warning" header="Some sandbox URL parameters were ignored">
            <ul>
              {status.bootProblems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </Alert>
        )}
        <ScenarioContainer controls={controls} status={status} />
        <SavedStateContainer controls={controls} status={status} />
        <FaultsContainer controls={controls} status={status} />
      </SpaceBetween>
    </ContentLayout>
  );
}
