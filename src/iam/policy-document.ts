/**
 * Policy document checks shared by the engine (MalformedPolicyDocument) and the
 * console's JSON editor (live validation). IAM only accepts a JSON object whose
 * grammar is the identity-policy grammar; it reports broken JSON and broken
 * grammar with different messages, and a few grammar faults with their own.
 */
import { malformedPolicy } from './errors';

export const INVALID_JSON_MESSAGE = 'This policy contains invalid Json';
export const SYNTAX_ERROR_MESSAGE = 'Syntax errors in policy.';
export const PRINCIPAL_MESSAGE = 'Policy document should not specify a principal.';
export const MISSING_ACTIONS_MESSAGE = 'Policy statement must contain actions.';
export const MISSING_RESOURCES_MESSAGE = 'Policy statement must contain resources.';

/** IAM accepts a missing Version (it then means 2008-10-17), but no other value */
export const POLICY_LANGUAGE_VERSIONS: readonly string[] = ['2012-10-17', '2008-10-17'];

const TOP_LEVEL_KEYS = new Set(['Version', 'Id', 'Statement']);
const STATEMENT_KEYS = new Set([
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
]);

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Action/Resource values: one string or a non-empty list of strings */
function isStringOrStrings(value: unknown): boolean {
  if (typeof value === 'string') return true;
  return Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string');
}

function isCondition(value: unknown): boolean {
  return isObject(value) && Object.values(value).every(isObject);
}

function statementProblem(statement: unknown): string | null {
  if (!isObject(statement)) return SYNTAX_ERROR_MESSAGE;
  if (Object.keys(statement).some((key) => !STATEMENT_KEYS.has(key))) return SYNTAX_ERROR_MESSAGE;
  if (statement.Sid !== undefined && typeof statement.Sid !== 'string') return SYNTAX_ERROR_MESSAGE;
  if (statement.Effect !== 'Allow' && statement.Effect !== 'Deny') return SYNTAX_ERROR_MESSAGE;
  // Identity policies name no principal: the principal is whoever holds the policy.
  if ('Principal' in statement || 'NotPrincipal' in statement) return PRINCIPAL_MESSAGE;
  const problem =
    pairProblem(statement, 'Action', 'NotAction', MISSING_ACTIONS_MESSAGE) ??
    pairProblem(statement, 'Resource', 'NotResource', MISSING_RESOURCES_MESSAGE);
  if (problem) return problem;
  if (statement.Condition !== undefined && !isCondition(statement.Condition)) return SYNTAX_ERROR_MESSAGE;
  return null;
}

/** exactly one of Action/NotAction (Resource/NotResource), holding strings */
function pairProblem(statement: JsonObject, key: string, notKey: string, missing: string): string | null {
  const hasKey = key in statement;
  const hasNotKey = notKey in statement;
  if (!hasKey && !hasNotKey) return missing;
  if (hasKey && hasNotKey) return SYNTAX_ERROR_MESSAGE;
  return isStringOrStrings(statement[hasKey ? key : notKey]) ? null : SYNTAX_ERROR_MESSAGE;
}

function parseObject(text: string): JsonObject | null {
  try {
    const parsed: unknown = JSON.parse(text);
    return isObject(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** the MalformedPolicyDocument message IAM would give for `text`, or null when IAM accepts it */
export function policyDocumentProblem(text: string): string | null {
  const document = parseObject(text);
  if (!document) return INVALID_JSON_MESSAGE;
  if (Object.keys(document).some((key) => !TOP_LEVEL_KEYS.has(key))) return SYNTAX_ERROR_MESSAGE;
  const { Version, Id, Statement } = document;
  if (Version !== undefined && !POLICY_LANGUAGE_VERSIONS.includes(Version as string)) return SYNTAX_ERROR_MESSAGE;
  if (Id !== undefined && typeof Id !== 'string') return SYNTAX_ERROR_MESSAGE;
  const statements = Array.isArray(Statement) ? Statement : Statement === undefined ? [] : [Statement];
  if (statements.length === 0) return SYNTAX_ERROR_MESSAGE;
  for (const statement of statements) {
    const problem = statementProblem(statement);
    if (problem) return problem;
  }
  return null;
}

/** throws MalformedPolicyDocument (400) with IAM's message */
export function validatePolicyDocument(text: string): void {
  const problem = policyDocumentProblem(text);
  if (problem) throw malformedPolicy(problem);
}

/** the size IAM charges against policy quotas: characters, whitespace not counted */
export function policyDocumentSize(text: string): number {
  return text.replace(/\s+/g, '').length;
}
