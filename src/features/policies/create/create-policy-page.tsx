import Button from '@cloudscape-design/components/button';
import Form from '@cloudscape-design/components/form';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useNavigate } from 'react-router-dom';
import { useCreatePolicy } from '../../../api/policies/create-policy';
import { useFlash } from '../../../stores/flash-store';
import { policyDetailsHref } from '../shared/policy-name';
import { PolicyDetailsFields } from './policy-details-fields';
import { PolicyEditorField } from './policy-editor-field';
import { useCreatePolicyForm } from './use-create-policy-form';

/** IAM › Policies › Create policy: a customer managed policy from a JSON document. */
export function CreatePolicyPage() {
  const form = useCreatePolicyForm();
  const createPolicy = useCreatePolicy();
  const flash = useFlash();
  const navigate = useNavigate();

  const submit = () => {
    if (!form.validate()) return;
    const { name, description, document } = form.values;
    createPolicy.mutate(
      { name, description, document },
      {
        onSuccess: (policy) => {
          flash({ type: 'success', content: `Policy ${policy.PolicyName} created.` });
          navigate(policyDetailsHref(policy.Arn!).slice(1));
        },
        onError: form.showServerError,
      },
    );
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Form
        header={
          <Header variant="h1" description="A customer managed policy is a JSON document of permissions you can attach to user groups and users.">
            Create policy
          </Header>
        }
        errorText={form.errors.form}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button formAction="none" variant="link" onClick={() => navigate('/policies')}>
              Cancel
            </Button>
            <Button variant="primary" loading={createPolicy.isPending}>
              Create policy
            </Button>
          </SpaceBetween>
        }
      >
        <SpaceBetween size="l">
          <PolicyEditorField
            value={form.values.document}
            errorText={form.errors.document}
            onChange={(value) => form.setValue('document', value)}
          />
          <PolicyDetailsFields
            name={form.values.name}
            description={form.values.description}
            nameError={form.errors.name}
            descriptionError={form.errors.description}
            onChange={form.setValue}
          />
        </SpaceBetween>
      </Form>
    </form>
  );
}

export { CreatePolicyPage as Component };
