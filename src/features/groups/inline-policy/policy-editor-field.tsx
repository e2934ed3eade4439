import FormField from '@cloudscape-design/components/form-field';
import Textarea from '@cloudscape-design/components/textarea';
import { GROUP_INLINE_POLICY_SIZE_QUOTA } from './use-inline-policies-size';

interface PolicyEditorFieldProps {
  value: string;
  onChange: (value: string) => void;
  /** the live MalformedPolicyDocument message, the size overflow, or IAM's answer on submit */
  errorText?: string;
  /** characters used by the group's other inline policies; undefined while loading */
  existingSize?: number;
  /** characters of this document, whitespace not counted */
  documentSize: number;
}

const number = new Intl.NumberFormat('en-US');

function sizeText(existingSize: number | undefined, documentSize: number): string {
  if (existingSize === undefined) return `This policy: ${number.format(documentSize)} characters.`;
  const total = existingSize + documentSize;
  return `${number.format(total)} of ${number.format(GROUP_INLINE_POLICY_SIZE_QUOTA)} characters used by this group's inline policies (this policy ${number.format(documentSize)}, the others ${number.format(existingSize)}). Whitespace is not counted.`;
}

/** The JSON policy editor: a monospace text area with live validation and the group's size quota. */
export function PolicyEditorField({ value, onChange, errorText, existingSize, documentSize }: PolicyEditorFieldProps) {
  return (
    <FormField
      label="Policy editor"
      description="Write the policy in the IAM JSON policy language. An inline policy belongs to this group only and is deleted with it."
      constraintText={sizeText(existingSize, documentSize)}
      errorText={errorText}
      stretch
    >
      <Textarea
        value={value}
        onChange={(event) => onChange(event.detail.value)}
        rows={18}
        disableBrowserAutocorrect
        disableBrowserSpellcheck
        spellcheck={false}
        nativeTextareaAttributes={{ style: { fontFamily: 'Monaco, Menlo, Consolas, "Courier New", monospace' } }}
      />
    </FormField>
  );
}
