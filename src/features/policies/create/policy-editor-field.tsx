import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Textarea from '@cloudscape-design/components/textarea';
import { documentSizeText } from './policy-form-rules';

interface PolicyEditorFieldProps {
  value: string;
  errorText?: string;
  onChange: (value: string) => void;
}

/** The JSON policy editor, validated as IAM validates it while the learner types. */
export function PolicyEditorField({ value, errorText, onChange }: PolicyEditorFieldProps) {
  return (
    <Container
      header={
        <Header variant="h2" description="Add permissions by writing statements in the JSON policy language.">
          Specify permissions
        </Header>
      }
    >
      <FormField
        label="Policy editor"
        description="Each statement needs an Effect (Allow or Deny), an Action and a Resource."
        constraintText={documentSizeText(value)}
        errorText={errorText}
        stretch
      >
        <Textarea
          value={value}
          rows={16}
          spellcheck={false}
          onChange={(event) => onChange(event.detail.value)}
        />
      </FormField>
    </Container>
  );
}
