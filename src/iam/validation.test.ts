import { describe, expect, it } from 'vitest';
import { checkEnum, checkIntegerRange, checkString, GROUP_NAME_CONSTRAINT, throwIfInvalid } from './constraints';
import { iamErrorOf, PATTERN_CONSTRAINT, validationText } from './engine-test-kit';
import {
  assertName,
  assertPath,
  GROUP_NAME_MAX,
  NAME_PATTERN,
  nameProblem,
  pathProblem,
  POLICY_NAME_MAX,
  USER_NAME_MAX,
} from './validation';

describe('name rules shared by forms and engine', () => {
  it('accept letters, digits and + = , . @ _ -', () => {
    expect(nameProblem('Dev_Team+ops=1,a.b@c-d', GROUP_NAME_MAX)).toBeNull();
    expect(NAME_PATTERN.test('jane.doe@example.com')).toBe(true);
  });

  it('reject empty, too long and foreign characters, in that order of concern', () => {
    expect(nameProblem('', GROUP_NAME_MAX)).toBe('empty');
    expect(nameProblem('a'.repeat(129), GROUP_NAME_MAX)).toBe('tooLong');
    expect(nameProblem('a'.repeat(128), GROUP_NAME_MAX)).toBeNull();
    expect(nameProblem('x y', GROUP_NAME_MAX)).toBe('badCharacters');
    expect(nameProblem('ü', GROUP_NAME_MAX)).toBe('badCharacters');
    expect(nameProblem('a/b', GROUP_NAME_MAX)).toBe('badCharacters');
  });

  it('give users 64 characters and groups and policies 128', () => {
    expect([USER_NAME_MAX, GROUP_NAME_MAX, POLICY_NAME_MAX]).toEqual([64, 128, 128]);
    expect(nameProblem('u'.repeat(65), USER_NAME_MAX)).toBe('tooLong');
  });

  it('tests single characters too (forms highlight which ones are wrong)', () => {
    expect([...'a b!'].filter((ch) => !NAME_PATTERN.test(ch))).toEqual([' ', '!']);
  });
});

describe('path rules', () => {
  it('accept / and /segments/ of printable ASCII', () => {
    expect(pathProblem('/')).toBeNull();
    expect(pathProblem('/division_abc/subdivision_xyz/')).toBeNull();
  });

  it('reject paths without both slashes, with spaces, or longer than 512', () => {
    expect(pathProblem('')).toBe('empty');
    expect(pathProblem('/eng')).toBe('badFormat');
    expect(pathProblem('eng/')).toBe('badFormat');
    expect(pathProblem('/a b/')).toBe('badFormat');
    expect(pathProblem(`/${'a'.repeat(510)}/`)).toBeNull();
    expect(pathProblem(`/${'a'.repeat(511)}/`)).toBe('tooLong');
  });
});

describe("AWS's ValidationError format", () => {
  it('quotes the value, names the camelCase parameter and the failed pattern', () => {
    const error = iamErrorOf(() => assertName('x y', 'groupName', GROUP_NAME_MAX));
    expect([error.code, error.httpStatus]).toEqual(['ValidationError', 400]);
    expect(error.message).toBe(validationText('groupName', 'x y', PATTERN_CONSTRAINT));
  });

  it('reports a name over its maximum length', () => {
    const name = 'a'.repeat(129);
    expect(iamErrorOf(() => assertName(name, 'groupName', 128)).message).toBe(
      validationText('groupName', name, 'Member must have length less than or equal to 128'),
    );
  });

  it('reports a missing parameter as null', () => {
    expect(iamErrorOf(() => assertName(undefined, 'groupName', 128)).message).toBe(
      validationText('groupName', null, 'Member must not be null'),
    );
  });

  it('reports every failed constraint at once, as AWS does', () => {
    expect(iamErrorOf(() => assertName('', 'groupName', 128)).message).toBe(
      "2 validation errors detected: Value '' at 'groupName' failed to satisfy constraint: " +
        `${PATTERN_CONSTRAINT}; Value '' at 'groupName' failed to satisfy constraint: ` +
        'Member must have length greater than or equal to 1',
    );
    const error = iamErrorOf(() =>
      throwIfInvalid(checkString('path', 'x', { min: 1 }), checkString('groupName', 'a b', GROUP_NAME_CONSTRAINT)),
    );
    expect(error.message).toBe(
      "1 validation error detected: Value 'a b' at 'groupName' failed to satisfy constraint: " + PATTERN_CONSTRAINT,
    );
  });

  it('checks paths with the model pattern and leaves a missing path to its default', () => {
    expect(() => assertPath(undefined)).not.toThrow();
    expect(iamErrorOf(() => assertPath('/eng', 'newPath')).message).toBe(
      validationText(
        'newPath',
        '/eng',
        String.raw`Member must satisfy regular expression pattern: (\u002F)|(\u002F[\u0021-\u007E]+\u002F)`,
      ),
    );
  });

  it('checks enums and integer ranges', () => {
    expect(checkEnum('scope', 'Everything', ['All', 'AWS', 'Local'])[0]!.constraint).toBe(
      'Member must satisfy enum value set: [All, AWS, Local]',
    );
    expect(checkIntegerRange('maxItems', 0, 1, 1000)[0]!.constraint).toBe(
      'Member must have value greater than or equal to 1',
    );
    expect(checkIntegerRange('maxItems', 1001, 1, 1000)[0]!.constraint).toBe(
      'Member must have value less than or equal to 1000',
    );
    expect(checkIntegerRange('maxItems', 1000, 1, 1000)).toEqual([]);
  });
});
