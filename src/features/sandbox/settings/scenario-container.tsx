import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Tiles from '@cloudscape-design/components/tiles';
import { useState } from 'react';
import type { SandboxControls, SandboxStatus } from '../../../api/sandbox-controls';
import { useFlash } from '../../../stores/flash-store';
import { ResetSandboxModal } from '../shared/reset-sandbox-modal';

interface ScenarioContainerProps {
  controls: SandboxControls;
  status: SandboxStatus;
}

/** Scenarios are named starting points; Reset replaces the sandbox with the chosen one. */
export function ScenarioContainer({ controls, status }: ScenarioContainerProps) {
  const flash = useFlash();
  const [chosen, setChosen] = useState(status.scenario ?? 'default');
  const [confirming, setConfirming] = useState(false);
  const [resetting, setResetting] = useState(false);
  const title = (name: string) => controls.scenarios.find((scenario) => scenario.name === name)?.title ?? name;

  const reset = () => {
    setResetting(true);
    controls
      .reset(chosen)
      .then(() => flash({ type: 'success', content: `The sandbox was reset to ${title(chosen)}.` }))
      .catch((error: unknown) =>
        flash({ type: 'error', header: 'The sandbox could not be reset', content: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => {
        setResetting(false);
        setConfirming(false);
      });
  };

  return (
    <Container
      header={
        <Header
          variant="h2"
          description={`${
            status.scenario ? `The sandbox started from ${title(status.scenario)}` : `The sandbox was imported from ${status.importedFrom ?? 'a file'}`
          } and keeps every change made since.`}
          actions={<Button onClick={() => setConfirming(true)}>Reset sandbox</Button>}
        >
          Scenario
        </Header>
      }
    >
      <FormField label="Starting point" description="Every scenario is the same account on every machine: fixed names, IDs and dates.">
        <Tiles
          value={chosen}
          onChange={(event) => setChosen(event.detail.value)}
          columns={2}
          items={controls.scenarios.map((scenario) => ({
            value: scenario.name,
            label: scenario.title,
            description: scenario.description,
          }))}
        />
      </FormField>
      {confirming && (
        <ResetSandboxModal
          scenarioTitle={title(chosen)}
          resetting={resetting}
          onConfirm={reset}
          onDismiss={() => setConfirming(false)}
        />
      )}
    </Container>
  );
}
