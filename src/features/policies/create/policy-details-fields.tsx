import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { POLICY_DESCRIPTION_MAX, POLICY_NAME_MAX } from './policy-form-rules';

interface PolicyDetailsFieldsProps {
  name: string;
  description: string;
  nameError?: string;
  descriptionError?: string;
  onChange: (field: 'name' | 'description', value: string) => void;
}

/** Policy name and description, with IAM's limits stated up front. */
export function PolicyDetailsFields(props: PolicyDetailsFieldsProps) {
  return (
    <Container header={<Header variant="h2">Policy details</Header>}>
      <SpaceBetween size="l">
        <FormField
          label="Policy name"
          description="Enter a meaningful name to identify this policy."
          constraintText={`Maximum ${POLICY_NAME_MAX} characters. Use alphanumeric and '+=,.@-_' characters.`}
          errorText={props.nameError}
        >
          <Input value={props.name} onChange={(event) => props.onChange('name', event.detail.value)} />
        </FormField>
        <FormField
          label="Description - optional"
          description="Add a short explanation for this policy."
          constraintText={`Maximum ${POLICY_DESCRIPTION_MAX.toLocaleString('en-US')} characters.`}
          errorText={props.descriptionError}
        >
          <Textarea
            value={props.description}
            rows={3}
            onChange={(event) => props.onChange('description', event.detail.value)}
          />
        </FormField>
      </SpaceBetween>
    </Container>
  );
}
