import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router-dom';
import { groupPoliciesQuery } from '../../../api/groups/group-queries';
import { PolicyEditorField } from './policy-editor-field';
import { useInlinePolicyForm } from './use-inline-policy-form';
import { groupLoadState } from '../shared/group-load-state';

/** Create inline policy: a JSON document and a name, saved with PutGroupPolicy. */
export function CreateInlinePolicyPage() {
  const groupName = useParams().groupName ?? '';
  const navigate = useNavigate();
  const policies = useQuery(groupPoliciesQuery(groupName));
  const form = useInlinePolicyForm(groupName, policies.data?.inline ?? []);
  const back = `/groups/details/${encodeURIComponent(groupName)}?section=permissions`;

  const loadState = groupLoadState(groupName, policies);
  if (loadState || !policies.data) return loadState;

  return (
    <ContentLayout
      header={
        <Header variant="h1" description={`Add a policy that belongs to the user group ${groupName} only.`}>
          Create inline policy
        </Header>
      }
    >
      <form onSubmit={(event) => (event.preventDefault(), form.submit(() => navigate(back)))}>
        <Form
          errorText={form.failure}
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button variant="link" formAction="none" onClick={() => navigate(back)}>
                Cancel
              </Button>
              <Button variant="primary" loading={form.saving}>
                Create policy
              </Button>
            </SpaceBetween>
          }
        >
          <SpaceBetween size="l">
            <Container header={<Header variant="h2">Specify permissions</Header>}>
              <PolicyEditorField
                value={form.document}
                onChange={form.setDocument}
                errorText={form.documentError}
                existingSize={form.existingSize}
                documentSize={form.documentSize}
              />
            </Container>
            <Container header={<Header variant="h2">Policy details</Header>}>
              <FormField
                label="Policy name"
                description="Enter a meaningful name to identify this policy."
                constraintText="Maximum 128 characters. Use alphanumeric and '+=,.@-_' characters."
                errorText={form.nameError}
              >
                <Input value={form.name} onChange={(event) => form.setName(event.detail.value)} onBlur={form.touchName} />
              </FormField>
            </Container>
          </SpaceBetween>
        </Form>
      </form>
    </ContentLayout>
  );
}

export { CreateInlinePolicyPage as Component };
