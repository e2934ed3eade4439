/**
 * Small checks for reading a sandbox state from outside (a saved state, an imported
 * file). Each names the exact place and what was expected there, e.g.
 * `users.jane.doe.UserId: expected a 21-character ID starting with AIDA`, so an
 * instructor can fix a hand-edited file.
 */
export class SchemaProblem extends Error {
  override name = 'SchemaProblem';
  constructor(
    readonly path: string,
    readonly expected: string,
  ) {
    super(path ? `${path}: ${expected}` : expected);
  }
}

export type Json = Record<string, unknown>;

export const at = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

export function fail(path: string, expected: string): never {
  throw new SchemaProblem(path, expected);
}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function objectAt(value: unknown, path: string, what = 'an object'): Json {
  if (!isObject(value)) fail(path, `expected ${what}, found ${describe(value)}`);
  return value;
}

export function stringAt(record: Json, key: string, path: string, expected = 'a string'): string {
  const value = record[key];
  if (typeof value !== 'string') fail(at(path, key), `expected ${expected}, found ${describe(value)}`);
  return value;
}

export function matchingAt(record: Json, key: string, path: string, pattern: RegExp, expected: string): string {
  const value = stringAt(record, key, path, expected);
  if (!pattern.test(value)) fail(at(path, key), `expected ${expected}, found ${JSON.stringify(clip(value))}`);
  return value;
}

export function stringListAt(record: Json, key: string, path: string, max?: number): string[] {
  const value = record[key];
  if (!Array.isArray(value)) fail(at(path, key), `expected a list of strings, found ${describe(value)}`);
  value.forEach((item, index) => {
    if (typeof item !== 'string') fail(at(at(path, key), index), `expected a string, found ${describe(item)}`);
  });
  if (max !== undefined && value.length > max) fail(at(path, key), `expected at most ${max} entries, found ${value.length}`);
  if (new Set(value).size !== value.length) fail(at(path, key), 'expected no entry twice');
  return value as string[];
}

/** IAM sends whole-second UTC dates; the engine stores them as it sends them. */
const ISO_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

export function dateAt(record: Json, key: string, path: string): string {
  const expected = 'a UTC date with whole seconds such as 2026-06-15T10:42:11Z';
  const value = matchingAt(record, key, path, ISO_SECONDS, expected);
  if (Number.isNaN(Date.parse(value))) fail(at(path, key), `expected ${expected}, found ${JSON.stringify(value)}`);
  return value;
}

export function idAt(record: Json, key: string, path: string, prefix: string): string {
  return matchingAt(record, key, path, new RegExp(`^${prefix}[A-Z0-9]{17}$`), `a 21-character ID starting with ${prefix}`);
}

export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the text ${JSON.stringify(clip(value))}`;
  return `${typeof value} ${String(value)}`;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
