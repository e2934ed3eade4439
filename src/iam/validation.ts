/**
 * Name and path rules: the single source for the engine and the console's forms,
 * so a name the form accepts is a name IAM accepts. Forms use the `*Problem`
 * functions (no throwing, their own wording); the engine uses the `assert*`
 * functions, which throw AWS's ValidationError text.
 */
import {
  checkString,
  NAME_MODEL_PATTERN,
  PATH_CONSTRAINT,
  throwIfInvalid,
  type StringConstraint,
} from './constraints';

export const GROUP_NAME_MAX = 128;
/** on create and rename; actions naming an existing user accept up to EXISTING_USER_NAME_MAX */
export const USER_NAME_MAX = 64;
export const EXISTING_USER_NAME_MAX = 128;
export const POLICY_NAME_MAX = 128;
export const PATH_MAX = 512;
export const POLICY_DESCRIPTION_MAX = 1000;

/** IAM's name pattern `[\w+=,.@-]+`, anchored (IAM requires a full match) */
export const NAME_PATTERN = NAME_MODEL_PATTERN.regex;
/** the pattern as IAM prints it in messages */
export const NAME_PATTERN_TEXT = NAME_MODEL_PATTERN.text;
/** the characters a name may hold, for form hints */
export const NAME_ALLOWED_CHARACTERS = 'A-Z, a-z, 0-9, and + = , . @ _ -';

export type NameProblem = 'empty' | 'tooLong' | 'badCharacters';

export function nameProblem(value: string, maxLength: number): NameProblem | null {
  if (value.length === 0) return 'empty';
  if (value.length > maxLength) return 'tooLong';
  if (!NAME_PATTERN.test(value)) return 'badCharacters';
  return null;
}

export type PathProblem = 'empty' | 'tooLong' | 'badFormat';

/** `/` or `/segment/…/`, printable ASCII, at most 512 characters */
export function pathProblem(path: string): PathProblem | null {
  if (path.length === 0) return 'empty';
  if (path.length > PATH_MAX) return 'tooLong';
  if (!PATH_CONSTRAINT.pattern!.regex.test(path)) return 'badFormat';
  return null;
}

function nameConstraint(maxLength: number): StringConstraint {
  return { min: 1, max: maxLength, pattern: NAME_MODEL_PATTERN };
}

/** throws AWS's ValidationError for a missing or invalid name; `field` is AWS's camelCase parameter */
export function assertName(value: unknown, field: string, maxLength: number): asserts value is string {
  throwIfInvalid(checkString(field, value, nameConstraint(maxLength), true));
}

/** throws AWS's ValidationError for an invalid group/user path; a missing path is fine (it defaults to `/`) */
export function assertPath(value: unknown, field = 'path'): void {
  throwIfInvalid(checkString(field, value, PATH_CONSTRAINT));
}

export {
  INVALID_JSON_MESSAGE,
  SYNTAX_ERROR_MESSAGE,
  policyDocumentProblem,
  policyDocumentSize,
  validatePolicyDocument,
} from './policy-document';
