import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { SandboxControls, SandboxStatus } from '../../../api/sandbox-controls';
import { useFlash } from '../../../stores/flash-store';
import { describeFaults } from './describe-faults';
import { FaultRulesEditor } from './fault-rules-editor';
import { useFaultForm } from './use-fault-form';

interface FaultsContainerProps {
  controls: SandboxControls;
  status: SandboxStatus;
}

/** Fault injection for this tab: slow or failing IAM calls, to watch retries and error states. */
export function FaultsContainer({ controls, status }: FaultsContainerProps) {
  const flash = useFlash();
  const form = useFaultForm(status.faults);

  const apply = () => {
    form.check();
    if (!form.valid) return;
    const settings = form.settings();
    controls.setFaults(settings);
    flash({ type: settings ? 'warning' : 'success', content: settings ? `Faults applied to this tab: ${describeFaults(settings)}.` : 'Faults cleared.' });
  };
  const clear = () => {
    form.clear();
    controls.setFaults(undefined);
    flash({ type: 'success', content: 'Faults cleared: the sandbox answers normally.' });
  };

  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Make the sandbox's IAM slow or failing in this tab only, to see the console's error states and the SDK's retries (up to 3 attempts for throttling and service failures). A failed call changes nothing."
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button onClick={clear} disabled={!status.faults && form.rules.length === 0 && !form.latency}>
                Clear faults
              </Button>
              <Button variant="primary" onClick={apply}>
                Apply faults
              </Button>
            </SpaceBetween>
          }
        >
          Fault injection
        </Header>
      }
    >
      <SpaceBetween size="l">
        {status.faults && (
          <Alert type="warning" header="Faults are active in this tab">
            {describeFaults(status.faults)}. They last until cleared or until this tab closes.
          </Alert>
        )}
        <FormField label="Added latency (ms)" description="Every call waits this long before IAM answers." errorText={form.problems.latency}>
          <Input type="number" value={form.latency} placeholder="0" onChange={(event) => form.setLatency(event.detail.value)} />
        </FormField>
        <SpaceBetween size="xs">
          <Header variant="h3" description="Which calls fail, how, and how often.">
            Failures
          </Header>
          <FaultRulesEditor form={form} actions={controls.actions} />
        </SpaceBetween>
      </SpaceBetween>
    </Container>
  );
}
