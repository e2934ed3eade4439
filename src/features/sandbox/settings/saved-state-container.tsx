import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { SandboxControls, SandboxStatus } from '../../../api/sandbox-controls';
import { downloadTextFile, sandboxFileName } from '../shared/download-file';
import { ImportSandboxForm } from './import-sandbox-form';

interface SavedStateContainerProps {
  controls: SandboxControls;
  status: SandboxStatus;
}

/** The sandbox lives in this browser; export and import carry it to another one. */
export function SavedStateContainer({ controls, status }: SavedStateContainerProps) {
  const { save } = status;
  const scenarioTitle = controls.scenarios.find((scenario) => scenario.name === status.scenario)?.title;
  return (
    <Container
      header={
        <Header
          variant="h2"
          description="The sandbox is saved in this browser after every change and shared by all its tabs. Export it to keep a copy or to hand it to learners; import a copy to carry on where it left off."
          actions={
            <Button iconName="download" onClick={() => downloadTextFile(sandboxFileName(), controls.exportState())}>
              Export sandbox
            </Button>
          }
        >
          Saved state
        </Header>
      }
    >
      <SpaceBetween size="l">
        <KeyValuePairs
          columns={3}
          items={[
            {
              label: 'Status',
              value:
                save.kind === 'saved' ? (
                  <StatusIndicator type="success">Saved in this browser</StatusIndicator>
                ) : (
                  <StatusIndicator type="error">{save.message ?? 'Not saved'}</StatusIndicator>
                ),
            },
            { label: 'Last saved', value: save.savedAt ? new Date(save.savedAt).toLocaleString() : '-' },
            {
              label: 'Started from',
              value: scenarioTitle ? `Scenario: ${scenarioTitle}` : `Import: ${status.importedFrom ?? 'a file'}`,
            },
          ]}
        />
        <ImportSandboxForm controls={controls} />
      </SpaceBetween>
    </Container>
  );
}
