import { NAME_ALLOWED_CHARACTERS, nameProblem, pathProblem } from '../../../iam/validation';

/** The learner-facing words for IAM's name rule; the rule itself lives in src/iam/validation. */
export function nameError(value: string, noun: string, max: number): string | undefined {
  switch (nameProblem(value, max)) {
    case 'empty':
      return `Enter a ${noun}.`;
    case 'tooLong':
      return `The ${noun} can have up to ${max} characters; this one has ${value.length}.`;
    case 'badCharacters':
      return `The ${noun} contains characters that are not valid. Valid characters: ${NAME_ALLOWED_CHARACTERS} (hyphen).`;
    default:
      return undefined;
  }
}

/** An empty path is fine in the form: the user then gets IAM's default `/`. */
export function pathError(value: string): string | undefined {
  if (value === '') return undefined;
  switch (pathProblem(value)) {
    case 'tooLong':
      return 'The path can have up to 512 characters.';
    case 'badFormat':
      return 'The path must be / or start and end with /, using printable ASCII characters without spaces (for example /engineering/).';
    default:
      return undefined;
  }
}
