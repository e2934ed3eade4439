import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input, { type InputProps } from '@cloudscape-design/components/input';
import type { Ref } from 'react';
import type { useGroupNameField } from './use-group-name-field';

interface GroupNameContainerProps {
  field: ReturnType<typeof useGroupNameField>;
  inputRef?: Ref<InputProps.Ref>;
  onEnter: () => void;
}

export function GroupNameContainer({ field, inputRef, onEnter }: GroupNameContainerProps) {
  return (
    <Container header={<Header variant="h2">Name the group</Header>}>
      <FormField
        label="User group name"
        description="Enter a meaningful name to identify this group."
        constraintText="Maximum 128 characters. Use alphanumeric and '+=,.@-_' characters."
        errorText={field.errorText}
        stretch
      >
        <Input
          ref={inputRef}
          value={field.value}
          placeholder="Enter a group name"
          invalid={Boolean(field.errorText)}
          onChange={(event) => field.onChange(event.detail.value)}
          onBlur={field.onBlur}
          onKeyDown={(event) => {
            if (event.detail.key === 'Enter') onEnter();
          }}
        />
      </FormField>
    </Container>
  );
}
