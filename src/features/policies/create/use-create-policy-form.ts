import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { describeIamError, formatIamError } from '../../../api/iam-error';
import { policyListQuery } from '../../../api/policies/policy-queries';
import { policyTypeOf } from '../../../api/policies/policy-type';
import { descriptionError, documentError, policyNameError, STARTER_DOCUMENT } from './policy-form-rules';

type Field = 'name' | 'description' | 'document';

/** Which field a server error belongs to, so it shows next to that field. */
function fieldOf(error: unknown): Field | 'form' {
  const { code, message } = describeIamError(error);
  if (code === 'MalformedPolicyDocument' || message.includes('PolicySize') || message.includes("'policyDocument'")) {
    return 'document';
  }
  if (code === 'EntityAlreadyExists' || message.includes("'policyName'")) return 'name';
  if (message.includes("'description'")) return 'description';
  return 'form';
}

/** The Create policy form's values, live validation and server errors per field. */
export function useCreatePolicyForm() {
  const [values, setValues] = useState<Record<Field, string>>({ name: '', description: '', document: STARTER_DOCUMENT });
  const [touched, setTouched] = useState<Set<Field>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Record<Field | 'form', string>>>({});
  const policies = useQuery(policyListQuery());

  const existingNames = useMemo(
    () =>
      new Set(
        (policies.data ?? [])
          .filter((policy) => policyTypeOf(policy.Arn) === 'Customer managed')
          .map((policy) => (policy.PolicyName ?? '').toLowerCase()),
      ),
    [policies.data],
  );

  const problems: Record<Field, string | undefined> = {
    name: policyNameError(values.name, existingNames),
    description: descriptionError(values.description),
    document: documentError(values.document),
  };
  const shown = (field: Field) => serverErrors[field] ?? (submitted || touched.has(field) ? problems[field] : undefined);

  const setValue = (field: Field, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setTouched((current) => new Set(current).add(field));
    setServerErrors((current) => ({ ...current, [field]: undefined, form: undefined }));
  };

  return {
    values,
    setValue,
    errors: { name: shown('name'), description: shown('description'), document: shown('document'), form: serverErrors.form },
    /** marks the form submitted; true when IAM should accept it */
    validate: () => {
      setSubmitted(true);
      return !problems.name && !problems.description && !problems.document;
    },
    showServerError: (error: unknown) => setServerErrors({ [fieldOf(error)]: formatIamError(error) }),
  };
}
