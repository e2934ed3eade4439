import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { describeIamError, formatIamError } from '../../../api/iam-error';
import { usePutUserPolicy } from '../../../api/users/user-policy-mutations';
import { POLICY_NAME_MAX, policyDocumentProblem } from '../../../iam/validation';
import { useFlash } from '../../../stores/flash-store';
import { BestPracticeAlert } from '../shared/best-practice-alert';
import { nameError } from '../shared/name-messages';
import { POLICY_TEMPLATE } from './policy-template';
import { useInlinePolicySize } from './use-inline-policy-size';

/** Create inline policy: a JSON document that belongs to this user alone. */
export function CreateUserInlinePolicyPage() {
  const userName = useParams().userName ?? '';
  const navigate = useNavigate();
  const flash = useFlash();
  const put = usePutUserPolicy(userName);
  const [policyName, setPolicyName] = useState('');
  const [document, setDocument] = useState(POLICY_TEMPLATE);
  const [submitted, setSubmitted] = useState(false);
  const [apiError, setApiError] = useState<{ field: 'name' | 'document'; text: string } | null>(null);
  const size = useInlinePolicySize(userName, policyName, document);
  const backHref = `/users/details/${encodeURIComponent(userName)}?section=permissions`;

  const taken = size.existingNames.find((name) => name.toLowerCase() === policyName.toLowerCase());
  const nameText =
    (submitted || policyName !== '' ? nameError(policyName, 'policy name', POLICY_NAME_MAX) : undefined) ??
    (taken ? `${userName} already has an inline policy named ${taken}.` : undefined) ??
    (apiError?.field === 'name' ? apiError.text : undefined);
  const documentProblem = policyDocumentProblem(document);
  const sizeText = `${size.used.toLocaleString('en-US')} of ${size.quota.toLocaleString('en-US')} characters used by ${userName}'s inline policies together (whitespace not counted).`;
  const documentText =
    (documentProblem ? `${documentProblem} IAM would refuse this document (MalformedPolicyDocument).` : undefined) ??
    (size.over ? `Too large: ${sizeText}` : undefined) ??
    (apiError?.field === 'document' ? apiError.text : undefined);

  const submit = async () => {
    setSubmitted(true);
    setApiError(null);
    if (nameError(policyName, 'policy name', POLICY_NAME_MAX) || taken || documentProblem || size.over) return;
    try {
      await put.mutateAsync({ policyName, document });
      flash({ type: 'success', content: `Policy ${policyName} created.` });
      navigate(backHref);
    } catch (error) {
      const { code } = describeIamError(error);
      setApiError({ field: code === 'ValidationError' ? 'name' : 'document', text: `PutUserPolicy failed: ${formatIamError(error)}` });
    }
  };

  return (
    <ContentLayout header={<Header variant="h1" description={`An inline policy belongs to ${userName} only and is deleted with the user.`}>Create inline policy</Header>}>
      <Form
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={() => navigate(backHref)}>
              Cancel
            </Button>
            <Button variant="primary" loading={put.isPending} onClick={submit}>
              Create policy
            </Button>
          </SpaceBetween>
        }
      >
        <SpaceBetween size="l">
          <BestPracticeAlert />
          <Container header={<Header variant="h2">Policy details</Header>}>
            <SpaceBetween size="l">
              <FormField
                label="Policy name"
                constraintText={`Maximum ${POLICY_NAME_MAX} characters. Use alphanumeric and '+=,.@-_' characters.`}
                errorText={nameText}
              >
                <Input value={policyName} onChange={(e) => setPolicyName(e.detail.value)} invalid={Boolean(nameText)} />
              </FormField>
              <FormField label="Policy editor" description="JSON" constraintText={sizeText} errorText={documentText} stretch>
                <Textarea
                  value={document}
                  onChange={(e) => setDocument(e.detail.value)}
                  rows={16}
                  spellcheck={false}
                  invalid={Boolean(documentText)}
                />
              </FormField>
            </SpaceBetween>
          </Container>
        </SpaceBetween>
      </Form>
    </ContentLayout>
  );
}

export { CreateUserInlinePolicyPage as Component };
