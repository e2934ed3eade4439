import { GROUP_NAME_MAX, NAME_PATTERN, nameProblem } from '../../../iam/validation';

/** Characters outside IAM's name pattern, for an error that says which ones to remove. */
function badCharacters(value: string): string {
  const found = new Set([...value].filter((ch) => !NAME_PATTERN.test(ch)));
  return [...found].map((ch) => (ch === ' ' ? 'space' : `"${ch}"`)).join(', ');
}

/**
 * The message under the User group name field, or undefined when IAM would accept the
 * name. The rules are the engine's own (`nameProblem`); only the wording is the form's.
 * `existingNames` are lower-cased: IAM names are unique ignoring case.
 */
export function groupNameProblem(value: string, existingNames: ReadonlySet<string>): string | undefined {
  switch (nameProblem(value, GROUP_NAME_MAX)) {
    case 'empty':
      return 'User group name is required.';
    case 'tooLong':
      return `The user group name can have up to ${GROUP_NAME_MAX} characters (it now has ${value.length}).`;
    case 'badCharacters':
      return `The user group name can contain only alphanumeric characters and '+=,.@-_'. Remove: ${badCharacters(value)}.`;
  }
  if (existingNames.has(value.toLowerCase())) return 'A user group with this name already exists.';
  return undefined;
}
