/**
 * The shape of each record in a sandbox state, as the engine writes it: IAM's own
 * fields (names, paths, IDs, ARNs, dates) plus the relations, keyed by the lower-cased
 * name. Cross-references between records are checked by the caller.
 */
import { GROUPS_PER_USER, MANAGED_POLICIES_PER_PRINCIPAL } from '../../iam';
import { GROUP_NAME_CONSTRAINT, NAME_MODEL_PATTERN, PATH_CONSTRAINT, POLICY_PATH_CONSTRAINT } from '../../iam/constraints';
import {
  at,
  dateAt,
  fail,
  idAt,
  matchingAt,
  objectAt,
  stringAt,
  stringListAt,
  type Json,
} from './schema-checks';

const NAME_EXPECTED = "a name of 1 to 128 characters from A-Z, a-z, 0-9 and '+=,.@-_'";
const NAME = new RegExp(`^(?=.{1,${GROUP_NAME_CONSTRAINT.max}}$)${NAME_MODEL_PATTERN.regex.source.slice(1, -1)}$`);
const PATH = PATH_CONSTRAINT.pattern!.regex;
const PATH_EXPECTED = "a path such as / or /division_abc/";

export interface PrincipalShape {
  name: string;
  /** lower-cased names on the other side of the membership */
  members: string[];
  attachedPolicies: string[];
}

export function checkPrincipal(kind: 'user' | 'group', key: string, value: unknown, path: string, accountId: string): PrincipalShape {
  const record = objectAt(value, path, `a ${kind} record`);
  const nameKey = kind === 'user' ? 'UserName' : 'GroupName';
  const name = matchingAt(record, nameKey, path, NAME, NAME_EXPECTED);
  if (name.toLowerCase() !== key) fail(path, `expected the key to be the lower-cased ${nameKey} "${name.toLowerCase()}"`);
  const recordPath = matchingAt(record, 'Path', path, PATH, PATH_EXPECTED);
  idAt(record, kind === 'user' ? 'UserId' : 'GroupId', path, kind === 'user' ? 'AIDA' : 'AGPA');
  expectArn(record, path, `arn:aws:iam::${accountId}:${kind}${recordPath}${name}`);
  dateAt(record, 'CreateDate', path);
  // A user can be in 10 groups; a group's member list is bounded by the users themselves.
  const members = stringListAt(record, kind === 'user' ? 'groups' : 'users', path, kind === 'user' ? GROUPS_PER_USER : undefined);
  const attachedPolicies = stringListAt(record, 'attachedPolicies', path, MANAGED_POLICIES_PER_PRINCIPAL);
  checkInlinePolicies(record, path);
  return { name, members, attachedPolicies };
}

function checkInlinePolicies(record: Json, path: string) {
  const inlinePath = at(path, 'inlinePolicies');
  const policies = objectAt(record.inlinePolicies, inlinePath, 'an object of inline policies by lower-cased name');
  for (const [key, value] of Object.entries(policies)) {
    const policyPath = at(inlinePath, key);
    const policy = objectAt(value, policyPath, 'an inline policy');
    const name = matchingAt(policy, 'PolicyName', policyPath, NAME, NAME_EXPECTED);
    if (name.toLowerCase() !== key) fail(policyPath, `expected the key to be the lower-cased PolicyName "${name.toLowerCase()}"`);
    documentAt(policy, 'PolicyDocument', policyPath);
  }
}

export function checkCustomerPolicy(arn: string, value: unknown, path: string, accountId: string) {
  const record = objectAt(value, path, 'a customer managed policy');
  const name = matchingAt(record, 'PolicyName', path, NAME, NAME_EXPECTED);
  const policyPath = matchingAt(record, 'Path', path, POLICY_PATH_CONSTRAINT.pattern!.regex, PATH_EXPECTED);
  idAt(record, 'PolicyId', path, 'ANPA');
  const expectedArn = `arn:aws:iam::${accountId}:policy${policyPath}${name}`;
  expectArn(record, path, expectedArn);
  if (arn !== expectedArn) fail(path, `expected the key to be the policy's ARN "${expectedArn}"`);
  dateAt(record, 'CreateDate', path);
  dateAt(record, 'UpdateDate', path);
  if (record.Description !== undefined) stringAt(record, 'Description', path);
  const defaultVersion = stringAt(record, 'DefaultVersionId', path);
  const versions = record.versions;
  const versionsPath = at(path, 'versions');
  if (!Array.isArray(versions) || versions.length === 0) fail(versionsPath, 'expected a list of at least one policy version');
  const defaults = versions.filter((version, index) => {
    const versionPath = at(versionsPath, index);
    const entry = objectAt(version, versionPath, 'a policy version');
    documentAt(entry, 'Document', versionPath);
    matchingAt(entry, 'VersionId', versionPath, /^v[1-9]\d*$/, 'a version such as v1');
    dateAt(entry, 'CreateDate', versionPath);
    if (typeof entry.IsDefaultVersion !== 'boolean') fail(at(versionPath, 'IsDefaultVersion'), 'expected true or false');
    return entry.IsDefaultVersion;
  }) as Json[];
  if (defaults.length !== 1 || defaults[0]!.VersionId !== defaultVersion) {
    fail(at(path, 'DefaultVersionId'), `expected exactly one version marked as default, ${defaultVersion}`);
  }
}

function expectArn(record: Json, path: string, expected: string) {
  const arn = stringAt(record, 'Arn', path, `the ARN ${expected}`);
  if (arn !== expected) fail(at(path, 'Arn'), `expected ${expected}, found ${JSON.stringify(arn)}`);
}

function documentAt(record: Json, key: string, path: string) {
  const text = stringAt(record, key, path, 'a policy document (JSON text)');
  try {
    if (typeof JSON.parse(text) !== 'object') throw new Error('not an object');
  } catch {
    fail(at(path, key), 'expected a policy document in JSON');
  }
}
