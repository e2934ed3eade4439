import { beforeAll, describe, expect, it } from 'vitest';
import type { IamState } from '../../iam/types';
import { createNodeCatalog } from '../catalog/node-catalog';
import { buildScenario } from '../scenarios';
import { parseSandboxJson, readSandboxState } from './state-schema';

const catalog = createNodeCatalog();
const awsPolicies = new Set(catalog.policies.map((policy) => `arn:aws:iam::aws:policy${policy.Path}${policy.PolicyName}`));
const isAwsPolicy = (arn: string) => awsPolicies.has(arn);

let classroom: IamState;
beforeAll(() => {
  classroom = buildScenario('classroom', catalog);
});

/** The classroom account, changed by `edit`, read back; the problem it is refused with. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the edits break the state's type on purpose
function problemAfter(edit: (state: any) => void): string | undefined {
  const state = structuredClone(classroom);
  edit(state);
  const reading = readSandboxState(state, { isAwsPolicy });
  return reading.ok ? undefined : reading.problem;
}

describe('reading a saved or imported sandbox', () => {
  it('accepts every scenario, and what it accepts is the same state', () => {
    for (const name of ['empty', 'default', 'classroom', 'large'] as const) {
      const state = buildScenario(name, catalog);
      expect(parseSandboxJson(JSON.stringify(state), { isAwsPolicy })).toEqual({ ok: true, state });
    }
  });

  it('says what the JSON parser says about text that is not JSON', () => {
    expect(parseSandboxJson('Developers, Billing')).toEqual({
      ok: false,
      problem: expect.stringMatching(/^not JSON: Unexpected token 'D', "Developers, Billing" is not valid JSON$/),
    });
    expect(parseSandboxJson('[1, 2]')).toMatchObject({ ok: false, problem: expect.stringMatching(/^expected a JSON object/) });
  });

  it('names the field and what was expected there', () => {
    expect(problemAfter((state) => (state.users['jane.doe'].UserId = 'AIDA123'))).toBe(
      'users.jane.doe.UserId: expected a 21-character ID starting with AIDA, found "AIDA123"',
    );
    expect(problemAfter((state) => (state.groups.developers.GroupId = 'AIDA0A1B2C3D4E5F6G7H8'))).toBe(
      'groups.developers.GroupId: expected a 21-character ID starting with AGPA, found "AIDA0A1B2C3D4E5F6G7H8"',
    );
    expect(problemAfter((state) => (state.accountId = '1234'))).toBe('accountId: expected a 12-digit account ID');
    expect(problemAfter((state) => delete state.users['sam.taylor'].CreateDate)).toBe(
      'users.sam.taylor.CreateDate: expected a UTC date with whole seconds such as 2026-06-15T10:42:11Z, found nothing',
    );
    expect(problemAfter((state) => (state.users['sam.taylor'].CreateDate = '2026-02-30T10:00:00.123Z'))).toMatch(
      /^users\.sam\.taylor\.CreateDate: expected a UTC date with whole seconds/,
    );
    expect(problemAfter((state) => (state.groups.admins.Arn = 'arn:aws:iam::123456789012:group/Root'))).toBe(
      'groups.admins.Arn: expected arn:aws:iam::123456789012:group/Admins, found "arn:aws:iam::123456789012:group/Root"',
    );
    expect(problemAfter((state) => (state.users = []))).toBe('users: expected an object of users by lower-cased name, found a list');
  });

  it('checks names, keys and the records’ own rules', () => {
    expect(problemAfter((state) => (state.users['jane.doe'].UserName = 'jane doe'))).toMatch(/^users\.jane\.doe\.UserName: expected a name of 1 to 128/);
    expect(problemAfter((state) => (state.users['jane.doe'].UserName = 'Jane.Doe2'))).toBe(
      'users.jane.doe: expected the key to be the lower-cased UserName "jane.doe2"',
    );
    expect(problemAfter((state) => (state.groups.billing.Path = 'finance'))).toMatch(/^groups\.billing\.Path: expected a path/);
    expect(
      problemAfter((state) => (state.groups.billing.inlinePolicies.x = { PolicyName: 'x', PolicyDocument: '{"Version":' })),
    ).toBe('groups.billing.inlinePolicies.x.PolicyDocument: expected a policy document in JSON');
  });

  it('checks that both sides of a membership agree and that policies exist', () => {
    expect(problemAfter((state) => state.groups.interns.users.push('jane.doe'))).toBe(
      'groups.interns.users[0]: users.jane.doe does not list interns back',
    );
    expect(problemAfter((state) => state.users['sam.taylor'].groups.push('nobody'))).toBe(
      'users.sam.taylor.groups[0]: expected the lower-cased name of one of the groups, found "nobody"',
    );
    expect(problemAfter((state) => state.groups.billing.attachedPolicies.push('arn:aws:iam::aws:policy/NotAPolicy'))).toBe(
      'groups.billing.attachedPolicies[1]: expected the ARN of an AWS managed or customer managed policy, found "arn:aws:iam::aws:policy/NotAPolicy"',
    );
  });

  it('holds IAM’s quotas, so the engine never runs over them', () => {
    expect(
      problemAfter((state) => {
        state.users['sam.taylor'].groups = Array.from({ length: 11 }, (_, i) => `g${i}`);
      }),
    ).toBe('users.sam.taylor.groups: expected at most 10 entries, found 11');
    expect(problemAfter((state) => state.users['jane.doe'].groups.push('developers'))).toBe(
      'users.jane.doe.groups: expected no entry twice',
    );
  });

  it('migrates before it checks, and refuses a newer version', () => {
    expect(readSandboxState({ ...classroom, schemaVersion: 2 })).toMatchObject({
      ok: false,
      problem: expect.stringContaining('saved by a newer version of the sandbox (schemaVersion 2)'),
    });
    // A version before customer managed policies existed: the step adds the empty map.
    const migrations = { 1: (state: Record<string, unknown>) => ({ ...state, policies: {} }) };
    const { policies: _dropped, ...old } = classroom;
    void _dropped;
    expect(readSandboxState(old, { isAwsPolicy })).toMatchObject({ ok: false, problem: expect.stringMatching(/^policies: /) });
    expect(readSandboxState(old, { isAwsPolicy, migrations, currentVersion: 2 })).toMatchObject({
      ok: true,
      state: { schemaVersion: 2, policies: {} },
    });
  });
});
