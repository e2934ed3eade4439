import { useState } from 'react';
import { usePutGroupPolicy } from '../../../api/groups/group-policies';
import { describeIamError, formatIamError } from '../../../api/iam-error';
import { policyDocumentProblem, policyDocumentSize } from '../../../iam/validation';
import { useFlash } from '../../../stores/flash-store';
import { POLICY_TEMPLATE, policyNameProblem, sizeProblem } from './inline-policy-problems';
import { useInlinePoliciesSize } from './use-inline-policies-size';

/** IAM errors about the document (or its size) belong next to the editor; the rest, next to the name or the form. */
const EDITOR_CODES = new Set(['MalformedPolicyDocument', 'LimitExceeded']);

/**
 * The create-inline-policy form: the document is checked on every keystroke with the
 * engine's own rules, the name after the first blur or submit. IAM's answer is shown
 * where it belongs and nothing typed is cleared.
 */
export function useInlinePolicyForm(groupName: string, inlineNames: readonly string[]) {
  const flash = useFlash();
  const put = usePutGroupPolicy(groupName);
  const [document, setDocument] = useState(POLICY_TEMPLATE);
  const [name, setName] = useState('');
  const [nameTouched, setNameTouched] = useState(false);
  // The template's empty lists are for the learner to fill: no error before the first edit.
  const [documentTouched, setDocumentTouched] = useState(false);
  const [serverError, setServerError] = useState<{ field: 'document' | 'name' | 'form'; text: string }>();
  const existingSize = useInlinePoliciesSize(groupName, inlineNames);
  const documentSize = policyDocumentSize(document);
  const grammarProblem = policyDocumentProblem(document);
  const localDocumentProblem =
    (grammarProblem && `${grammarProblem} (MalformedPolicyDocument)`) ??
    sizeProblem(existingSize === undefined ? undefined : existingSize + documentSize);
  const localNameProblem = policyNameProblem(name, inlineNames);
  const serverText = (field: 'document' | 'name' | 'form') =>
    serverError?.field === field ? serverError.text : undefined;

  const submit = (onCreated: () => void) => {
    setNameTouched(true);
    setDocumentTouched(true);
    if (localDocumentProblem || localNameProblem) return;
    setServerError(undefined);
    put.mutate(
      { policyName: name, policyDocument: document },
      {
        onSuccess: () => {
          flash({ type: 'success', content: `Policy ${name} created.` });
          onCreated();
        },
        onError: (error) => {
          const { code } = describeIamError(error);
          const field = EDITOR_CODES.has(code) ? 'document' : code === 'ValidationError' ? 'name' : 'form';
          setServerError({ field, text: formatIamError(error) });
        },
      },
    );
  };

  return {
    document,
    setDocument: (value: string) => {
      setDocument(value);
      setDocumentTouched(true);
      if (serverError?.field !== 'name') setServerError(undefined);
    },
    documentError: serverText('document') ?? (documentTouched ? localDocumentProblem : undefined),
    documentSize,
    existingSize,
    name,
    setName: (value: string) => {
      setName(value);
      if (serverError?.field !== 'document') setServerError(undefined);
    },
    touchName: () => setNameTouched(true),
    nameError: serverText('name') ?? (nameTouched ? localNameProblem : undefined),
    failure: serverText('form'),
    saving: put.isPending,
    submit,
  };
}
