import { MANAGED_POLICY_SIZE_MAX } from '../../../iam/engine-policies';
import {
  nameProblem,
  NAME_ALLOWED_CHARACTERS,
  POLICY_DESCRIPTION_MAX,
  POLICY_NAME_MAX,
  policyDocumentProblem,
  policyDocumentSize,
} from '../../../iam/validation';

export { MANAGED_POLICY_SIZE_MAX, POLICY_DESCRIPTION_MAX, POLICY_NAME_MAX };

/** The console's starting document: a statement for the learner to fill in. */
export const STARTER_DOCUMENT = `{
\t"Version": "2012-10-17",
\t"Statement": [
\t\t{
\t\t\t"Sid": "Statement1",
\t\t\t"Effect": "Allow",
\t\t\t"Action": [],
\t\t\t"Resource": []
\t\t}
\t]
}`;

/** IAM's own rules (shared with the engine) worded for the form. */
export function policyNameError(name: string, existingLowerCase: ReadonlySet<string>): string | undefined {
  switch (nameProblem(name, POLICY_NAME_MAX)) {
    case 'empty':
      return 'Enter a policy name.';
    case 'tooLong':
      return `The policy name can have up to ${POLICY_NAME_MAX} characters.`;
    case 'badCharacters':
      return `The policy name can only contain ${NAME_ALLOWED_CHARACTERS} (hyphen).`;
  }
  if (existingLowerCase.has(name.toLowerCase())) {
    return `A policy named ${name} already exists. Policy names are unique ignoring case.`;
  }
  return undefined;
}

export function descriptionError(description: string): string | undefined {
  return description.length > POLICY_DESCRIPTION_MAX
    ? `The description can have up to ${POLICY_DESCRIPTION_MAX.toLocaleString('en-US')} characters.`
    : undefined;
}

/** MalformedPolicyDocument's message as IAM would give it, or the size quota. */
export function documentError(document: string): string | undefined {
  const problem = policyDocumentProblem(document);
  if (problem) return `${problem} (MalformedPolicyDocument)`;
  const size = policyDocumentSize(document);
  if (size > MANAGED_POLICY_SIZE_MAX) {
    return `This policy has ${size.toLocaleString('en-US')} characters; a managed policy can have at most ${MANAGED_POLICY_SIZE_MAX.toLocaleString('en-US')}.`;
  }
  return undefined;
}

export function documentSizeText(document: string): string {
  const size = policyDocumentSize(document).toLocaleString('en-US');
  return `${size} of ${MANAGED_POLICY_SIZE_MAX.toLocaleString('en-US')} characters used (whitespace is not counted).`;
}
