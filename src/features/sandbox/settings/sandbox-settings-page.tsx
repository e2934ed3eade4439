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
      description="This console is a sandbox: nothing here reaches AWS. Choose its starting point, keep or share a copy of it, and make its IAM slow or failing on purpose."
    >
      Sandbox settings
    </Header>
  );
  if (!controls || !status) {
    return (
      <ContentLayout header={header}>
        <Alert type="info" header="No sandbox controls here">
          This console talks to a sandbox server, which keeps its own account. Reset it from the command line with
          npm run server -- --scenario NAME --reset.
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
