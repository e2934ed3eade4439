import { nameProblem, NAME_PATTERN, POLICY_NAME_MAX } from '../../../iam/validation';
import { GROUP_INLINE_POLICY_SIZE_QUOTA } from './use-inline-policies-size';

/** The editor's starting point: valid grammar that the learner fills in. */
export const POLICY_TEMPLATE = JSON.stringify(
  { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: [], Resource: [] }] },
  null,
  4,
);

/** The message under Policy name, or undefined when IAM would accept it. The rules are the engine's. */
export function policyNameProblem(value: string, existingNames: readonly string[]): string | undefined {
  switch (nameProblem(value, POLICY_NAME_MAX)) {
    case 'empty':
      return 'Policy name is required.';
    case 'tooLong':
      return `The policy name can have up to ${POLICY_NAME_MAX} characters (it now has ${value.length}).`;
    case 'badCharacters': {
      const bad = [...new Set([...value].filter((ch) => !NAME_PATTERN.test(ch)))];
      const listed = bad.map((ch) => (ch === ' ' ? 'space' : `"${ch}"`)).join(', ');
      return `The policy name can contain only alphanumeric characters and '+=,.@-_'. Remove: ${listed}.`;
    }
  }
  if (existingNames.includes(value)) {
    return `This group already has an inline policy named ${value}. Choose another name: saving would replace it.`;
  }
  return undefined;
}

/** Said before IAM would say `Maximum policy size of 5120 bytes exceeded for group NAME`. */
export function sizeProblem(total: number | undefined): string | undefined {
  if (total === undefined || total <= GROUP_INLINE_POLICY_SIZE_QUOTA) return undefined;
  const count = new Intl.NumberFormat('en-US');
  return `The group's inline policies would total ${count.format(total)} characters, more than IAM's quota of ${count.format(GROUP_INLINE_POLICY_SIZE_QUOTA)} (whitespace not counted). Shorten this policy or remove another inline policy.`;
}
