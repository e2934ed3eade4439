import AttributeEditor from '@cloudscape-design/components/attribute-editor';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import type { SandboxFaultError } from '../../../api/sandbox-controls';
import { ALL_ACTIONS, type FaultForm } from './use-fault-form';

const ERROR_OPTIONS: { value: SandboxFaultError; label: string; description: string }[] = [
  { value: 'Throttling', label: 'Throttling', description: 'HTTP 400, "Rate exceeded": the SDK retries' },
  { value: 'ServiceFailure', label: 'ServiceFailure', description: 'HTTP 500, an unknown error: the SDK retries' },
  { value: 'AccessDenied', label: 'AccessDenied', description: 'HTTP 403, not authorized: no retry' },
];

interface FaultRulesEditorProps {
  form: FaultForm;
  actions: readonly string[];
}

/** Which calls fail, how, and how often: one row per rule. */
export function FaultRulesEditor({ form, actions }: FaultRulesEditorProps) {
  const actionOptions = [
    { value: ALL_ACTIONS, label: 'All actions' },
    ...actions.map((action) => ({ value: action, label: action })),
  ];
  return (
    <AttributeEditor
      items={form.rules}
      addButtonText="Add failure"
      removeButtonText="Remove"
      onAddButtonClick={form.addRule}
      onRemoveButtonClick={(event) => form.removeRule(event.detail.itemIndex)}
      empty="No failures: every call succeeds unless IAM itself refuses it."
      definition={[
        {
          label: 'Action',
          control: (rule, index) => (
            <Select
              selectedOption={actionOptions.find((option) => option.value === rule.action) ?? actionOptions[0]!}
              options={actionOptions}
              filteringType="auto"
              onChange={(event) => form.updateRule(index, { action: event.detail.selectedOption.value ?? ALL_ACTIONS })}
            />
          ),
        },
        {
          label: 'Error',
          control: (rule, index) => (
            <Select
              selectedOption={ERROR_OPTIONS.find((option) => option.value === rule.error)!}
              options={ERROR_OPTIONS}
              onChange={(event) => form.updateRule(index, { error: event.detail.selectedOption.value as SandboxFaultError })}
            />
          ),
        },
        {
          label: 'Failure rate (%)',
          errorText: (_, index) => form.problems.rules[index]?.rate,
          control: (rule, index) => (
            <Input type="number" value={rule.rate} onChange={(event) => form.updateRule(index, { rate: event.detail.value })} />
          ),
        },
        {
          label: 'Only the first N calls',
          errorText: (_, index) => form.problems.rules[index]?.times,
          control: (rule, index) => (
            <Input
              type="number"
              value={rule.times}
              placeholder="Every call"
              onChange={(event) => form.updateRule(index, { times: event.detail.value })}
            />
          ),
        },
      ]}
    />
  );
}
