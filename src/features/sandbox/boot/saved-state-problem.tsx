import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ContentLayout from '@cloudscape-design/components/content-layout';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { SandboxScenario } from '../../../api/sandbox-controls';
import { downloadTextFile, sandboxFileName } from '../shared/download-file';
import { ResetSandboxModal } from '../shared/reset-sandbox-modal';

interface SavedStateProblemProps {
  problem: string;
  savedText: string;
  scenarios: readonly SandboxScenario[];
  onReset: (scenario: string) => Promise<void>;
}

/**
 * Shown instead of the console when the sandbox saved in this browser cannot be read
 * (damaged, or saved by a newer sandbox). Nothing is deleted until the learner chooses.
 */
export function SavedStateProblem({ problem, savedText, scenarios, onReset }: SavedStateProblemProps) {
  const options = scenarios.map((scenario) => ({ value: scenario.name, label: scenario.title, description: scenario.description }));
  const [choice, setChoice] = useState(options.find((option) => option.value === 'default') ?? options[0]!);
  const [confirming, setConfirming] = useState(false);
  const [resetting, setResetting] = useState(false);
  const [failure, setFailure] = useState<string>();

  const reset = () => {
    setResetting(true);
    onReset(choice.value).catch((error: unknown) => {
      setFailure(error instanceof Error ? error.message : String(error));
      setResetting(false);
      setConfirming(false);
    });
  };

  return (
    <Box padding="xxl">
      <ContentLayout header={<Header variant="h1">IAM Console Sandbox</Header>}>
        <SpaceBetween size="l">
          <Alert type="error" header="The saved sandbox cannot be opened">
            <SpaceBetween size="s">
              <Box>
                The sandbox saved in this browser could not be read, so the console did not start. Nothing has been
                changed or deleted. Download the saved state to keep it, then reset the sandbox to start again.
              </Box>
              <Box variant="code">{problem}</Box>
            </SpaceBetween>
          </Alert>
          {failure && <Alert type="error" header="The sandbox could not be reset">{failure}</Alert>}
          <FormField label="Scenario" description="The starting point the sandbox is reset to.">
            <Select selectedOption={choice} options={options} onChange={(event) => setChoice(event.detail.selectedOption as typeof choice)} />
          </FormField>
          <SpaceBetween direction="horizontal" size="xs">
            <Button iconName="download" onClick={() => downloadTextFile(sandboxFileName('iam-sandbox-saved'), savedText)}>
              Download the saved state
            </Button>
            <Button variant="primary" onClick={() => setConfirming(true)}>
              Reset the sandbox
            </Button>
          </SpaceBetween>
        </SpaceBetween>
      </ContentLayout>
      {confirming && (
        <ResetSandboxModal
          scenarioTitle={choice.label}
          resetting={resetting}
          onConfirm={reset}
          onDismiss={() => setConfirming(false)}
        />
      )}
    </Box>
  );
}
