/**
 * IAM's input constraints from the botocore model (API 2010-05-08), and the
 * ValidationError text AWS builds from them:
 * `1 validation error detected: Value 'x y' at 'groupName' failed to satisfy constraint: Member must …`.
 * AWS validates the whole request before acting and reports every failed
 * constraint at once, joined by `; `, so checks return violations and the caller
 * throws once.
 */
import { validationError } from './errors';

export interface ModelPattern {
  /** the pattern exactly as the model (and so AWS's message) spells it */
  readonly text: string;
  /** the same pattern, anchored: AWS requires a full match */
  readonly regex: RegExp;
}

export interface StringConstraint {
  readonly min?: number;
  readonly max?: number;
  readonly pattern?: ModelPattern;
}

const pattern = (text: string, regex: RegExp): ModelPattern => ({ text, regex });

export const NAME_MODEL_PATTERN = pattern(String.raw`[\w+=,.@-]+`, /^[\w+=,.@-]+$/);

/** groupNameType, policyNameType */
export const GROUP_NAME_CONSTRAINT: StringConstraint = { min: 1, max: 128, pattern: NAME_MODEL_PATTERN };
export const POLICY_NAME_CONSTRAINT: StringConstraint = GROUP_NAME_CONSTRAINT;
/** userNameType: creating or renaming a user, and the attach/detach/list-attached user actions */
export const USER_NAME_CONSTRAINT: StringConstraint = { min: 1, max: 64, pattern: NAME_MODEL_PATTERN };
/** existingUserNameType: most actions that name an existing user */
export const EXISTING_USER_NAME_CONSTRAINT: StringConstraint = { min: 1, max: 128, pattern: NAME_MODEL_PATTERN };

/** pathType: group and user paths (CreateGroup, UpdateUser NewPath, ListEntitiesForPolicy PathPrefix) */
export const PATH_CONSTRAINT: StringConstraint = {
  min: 1,
  max: 512,
  pattern: pattern(String.raw`(\u002F)|(\u002F[\u0021-\u007E]+\u002F)`, /^(?:\/|\/[\u0021-\u007E]+\/)$/),
};
/** pathPrefixType: ListGroups, ListUsers */
export const PATH_PREFIX_CONSTRAINT: StringConstraint = {
  min: 1,
  max: 512,
  pattern: pattern(String.raw`\u002F[\u0021-\u007F]*`, /^\/[\u0021-\u007F]*$/),
};
/** policyPathType: CreatePolicy Path, ListPolicies and ListAttached*Policies PathPrefix */
export const POLICY_PATH_CONSTRAINT: StringConstraint = {
  min: 1,
  max: 512,
  pattern: pattern(String.raw`((/[A-Za-z0-9\.,\+@=_-]+)*)/`, /^(?:\/[A-Za-z0-9.,+@=_-]+)*\/$/),
};
export const MARKER_CONSTRAINT: StringConstraint = {
  min: 1,
  max: 320,
  pattern: pattern(String.raw`[\u0020-\u00FF]+`, /^[\u0020-\u00FF]+$/),
};
/** arnType: the model only bounds the length; parsing is the action's job */
export const ARN_CONSTRAINT: StringConstraint = { min: 20, max: 2048 };
export const POLICY_DOCUMENT_CONSTRAINT: StringConstraint = {
  min: 1,
  max: 131072,
  pattern: pattern(String.raw`[\u0009\u000A\u000D\u0020-\u00FF]+`, /^[\t\n\r\u0020-\u00FF]+$/),
};
export const POLICY_DESCRIPTION_CONSTRAINT: StringConstraint = { max: 1000 };
export const VERSION_ID_CONSTRAINT: StringConstraint = {
  pattern: pattern(String.raw`v[1-9][0-9]*(\.[A-Za-z0-9-]*)?`, /^v[1-9][0-9]*(?:\.[A-Za-z0-9-]*)?$/),
};

export const MAX_ITEMS_MIN = 1;
export const MAX_ITEMS_MAX = 1000;

export interface Violation {
  /** the parameter in AWS's camelCase (`groupName`, `newPath`, `maxItems`) */
  readonly field: string;
  /** the value as AWS quotes it; null when the parameter is missing */
  readonly value: string | null;
  readonly constraint: string;
}

const violation = (field: string, value: string | null, constraint: string): Violation => ({
  field,
  value,
  constraint,
});

function present(value: unknown): value is string | number | boolean {
  return value !== undefined && value !== null;
}

/** a string parameter; `required` adds IAM's `Member must not be null` */
export function checkString(
  field: string,
  value: unknown,
  constraint: StringConstraint,
  required = false,
): Violation[] {
  if (!present(value)) return required ? [violation(field, null, 'Member must not be null')] : [];
  const text = String(value);
  const found: Violation[] = [];
  // Pattern before length: the order AWS's Coral validator reports them in.
  if (constraint.pattern && !constraint.pattern.regex.test(text)) {
    found.push(violation(field, text, `Member must satisfy regular expression pattern: ${constraint.pattern.text}`));
  }
  if (constraint.min !== undefined && text.length < constraint.min) {
    found.push(violation(field, text, `Member must have length greater than or equal to ${constraint.min}`));
  }
  if (constraint.max !== undefined && text.length > constraint.max) {
    found.push(violation(field, text, `Member must have length less than or equal to ${constraint.max}`));
  }
  return found;
}

export function checkRequired(field: string, value: unknown, constraint: StringConstraint): Violation[] {
  return checkString(field, value, constraint, true);
}

export function checkEnum(field: string, value: unknown, values: readonly string[]): Violation[] {
  if (!present(value) || values.includes(String(value))) return [];
  return [violation(field, String(value), `Member must satisfy enum value set: [${values.join(', ')}]`)];
}

export function checkIntegerRange(field: string, value: unknown, min: number, max: number): Violation[] {
  if (!present(value)) return [];
  const number = Number(value);
  if (Number.isNaN(number) || number < min) {
    return [violation(field, String(value), `Member must have value greater than or equal to ${min}`)];
  }
  if (number > max) return [violation(field, String(value), `Member must have value less than or equal to ${max}`)];
  return [];
}

export function violationText({ field, value, constraint }: Violation): string {
  const quoted = value === null ? 'null' : `'${value}'`;
  return `Value ${quoted} at '${field}' failed to satisfy constraint: ${constraint}`;
}

export function validationMessage(violations: readonly Violation[]): string {
  const count = violations.length;
  const noun = count === 1 ? 'error' : 'errors';
  return `${count} validation ${noun} detected: ${violations.map(violationText).join('; ')}`;
}

/** throws one ValidationError listing every violation, as AWS does */
export function throwIfInvalid(...groups: Violation[][]): void {
  const violations = groups.flat();
  if (violations.length > 0) throw validationError(validationMessage(violations));
}
