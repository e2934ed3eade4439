import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
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
          SDKs use at this address, kept in the server&apos;s state file. Its settings are the server&apos;s
          command-line options:
          <ul>
            <li>
              Start again from a scenario: <Box variant="code">npm run server -- --scenario NAME --reset</Box>
            </li>
            <li>
              Export: copy the state file. Open an exported file with <Box variant="code">--state FILE</Box>
            </li>
            <li>
              Make its IAM slow or failing: <Box variant="code">--latency MS</Box> and{' '}
              <Box variant="code">--fault RULE</Box>
            </li>
          </ul>
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
