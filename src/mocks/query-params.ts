/**
 * Decodes an IAM Query request — `POST /` with a form body, or `GET /?Action=…` — into
 * the action and the engine's input object, with IAM's own errors for a missing
 * action, a wrong API version and missing or mistyped parameters.
 */
import { ACTION_SPECS, isActionName, type ActionName, type ParamSpec } from './action-specs';
import { invalidAction, validationError } from './protocol-errors';

export const API_VERSION = '2010-05-08';

export interface DecodedRequest {
  action: ActionName;
  version: string;
  params: Record<string, unknown>;
}

/** The raw `Name=value` pairs of a request: the query string, then the form body (which wins). */
export async function readQueryPairs(request: Request): Promise<URLSearchParams> {
  const pairs = new URLSearchParams(new URL(request.url).search);
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    // The SDK and CLI send `application/x-www-form-urlencoded; charset=utf-8`; the form
    // syntax is parsed whatever the header says, as IAM is lenient here too.
    for (const [key, value] of new URLSearchParams(await request.text())) pairs.set(key, value);
  }
  return pairs;
}

export async function decodeIamRequest(request: Request): Promise<DecodedRequest> {
  return decodeQueryPairs(await readQueryPairs(request));
}

export function decodeQueryPairs(pairs: URLSearchParams): DecodedRequest {
  const action = pairs.get('Action');
  const version = pairs.get('Version');
  // AWS's service framework is Java: absent values are reported as `null`.
  if (!action || !isActionName(action) || version !== API_VERSION) {
    throw invalidAction(`Could not find operation ${action || 'null'} for version ${version || 'null'}`);
  }
  const raw = nestPairs(pairs);
  const params: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, spec] of Object.entries(ACTION_SPECS[action].params) as [string, ParamSpec][]) {
    // Every parameter the sandbox supports is a scalar: a list sent under its name is no value.
    const value = raw[name];
    if (typeof value !== 'string') {
      if (spec.required) problems.push(constraint('null', name, 'Member must not be null'));
      continue;
    }
    const coerced = coerce(value, spec);
    if (coerced.ok) params[name] = coerced.value;
    else problems.push(constraint(`'${value}'`, name, coerced.constraint));
  }
  if (problems.length > 0) {
    const count = problems.length === 1 ? '1 validation error' : `${problems.length} validation errors`;
    throw validationError(`${count} detected: ${problems.join('; ')}`);
  }
  return { action, version, params };
}

/** `groupName`: IAM names members in lower camel case in its messages. */
export function memberName(param: string): string {
  return param.charAt(0).toLowerCase() + param.slice(1);
}

function constraint(shownValue: string, param: string, rule: string): string {
  return `Value ${shownValue} at '${memberName(param)}' failed to satisfy constraint: ${rule}`;
}

type Coerced = { ok: true; value: unknown } | { ok: false; constraint: string };

function coerce(value: string, spec: ParamSpec): Coerced {
  const type = spec.type;
  switch (type.kind) {
    case 'string':
      return { ok: true, value };
    case 'integer':
      return /^-?\d+$/.test(value)
        ? { ok: true, value: Number(value) }
        : { ok: false, constraint: 'Member must be a valid integer' };
    case 'boolean':
      if (value === 'true' || value === 'false') return { ok: true, value: value === 'true' };
      return { ok: false, constraint: 'Member must be a valid boolean' };
    case 'enum':
      return type.values.includes(value)
        ? { ok: true, value }
        : { ok: false, constraint: `Member must satisfy enum value set: [${type.values.join(', ')}]` };
  }
}

/**
 * Turns flat Query keys into nested values: `Users.member.2=b` → `{ Users: [, 'b'] }`,
 * `Tags.member.1.Key=k` → `{ Tags: [{ Key: 'k' }] }`. List indexes are 1-based on the wire.
 */
export function nestPairs(pairs: URLSearchParams): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of pairs) {
    if (key === 'Action' || key === 'Version') continue;
    const path = toPath(key);
    // Keys come from the network: never let one walk into an object's prototype.
    if (path.some((segment) => UNSAFE_SEGMENTS.has(String(segment)))) continue;
    let node: Record<string, unknown> | unknown[] = root;
    path.forEach((segment, depth) => {
      const last = depth === path.length - 1;
      const slot = (node as Record<string | number, unknown>)[segment];
      if (last) {
        (node as Record<string | number, unknown>)[segment] = value;
      } else {
        const child = typeof slot === 'object' && slot !== null ? slot : typeof path[depth + 1] === 'number' ? [] : {};
        (node as Record<string | number, unknown>)[segment] = child;
        node = child as Record<string, unknown> | unknown[];
      }
    });
  }
  return compactLists(root) as Record<string, unknown>;
}

const UNSAFE_SEGMENTS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** `A.member.3.B` → ['A', 2, 'B'] (a 0-based index replaces `member.N`). */
function toPath(key: string): (string | number)[] {
  const parts = key.split('.');
  const path: (string | number)[] = [];
  for (let i = 0; i < parts.length; i++) {
    const index = Number(parts[i + 1]);
    if (parts[i] === 'member' && Number.isInteger(index) && index >= 1) {
      path.push(index - 1);
      i++;
    } else {
      path.push(parts[i]!);
    }
  }
  return path;
}

/** Drops holes (a list sent as member.1, member.3) so lists are dense, as the SDKs send them. */
function compactLists(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== undefined).map(compactLists);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, compactLists(child)]));
  }
  return value;
}
