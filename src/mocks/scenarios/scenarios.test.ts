/** Every scenario is the same account on every machine, and one the sandbox server and browser both accept. */
import { describe, expect, it } from 'vitest';
import { stateProblem } from '../../../server/state-schema';
import { createNodeCatalog } from '../catalog/node-catalog';
import { parseSandboxJson } from '../persistence/state-schema';
import { SCENARIOS, buildScenario } from '.';

const catalog = createNodeCatalog();

describe('every scenario', () => {
  it.each(SCENARIOS.map((scenario) => scenario.name))('%s is the same JSON each time it is built', (name) => {
    const first = JSON.stringify(buildScenario(name, catalog));
    expect(JSON.stringify(buildScenario(name, catalog))).toBe(first);
    expect(parseSandboxJson(first)).toMatchObject({ ok: true });
    expect(stateProblem(JSON.parse(first))).toBeUndefined();
  });
});

describe('the classroom scenario', () => {
  const state = buildScenario('classroom', catalog);
  const members = (group: string) => state.groups[group.toLowerCase()]!.users;

  it('has about 25 people in groups named by job function, with AWS managed policies', () => {
    expect(Object.keys(state.users)).toHaveLength(25);
    expect(state.groups.developers!.attachedPolicies).toEqual(
      expect.arrayContaining(['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess', 'arn:aws:iam::aws:policy/AWSCodeCommitPowerUser']),
    );
    expect(state.groups.billing!.attachedPolicies).toEqual(['arn:aws:iam::aws:policy/job-function/Billing']);
    expect(state.groups.admins!.attachedPolicies).toEqual(['arn:aws:iam::aws:policy/AdministratorAccess']);
    expect(state.groups.readonly!.attachedPolicies).toEqual(['arn:aws:iam::aws:policy/ReadOnlyAccess']);
    expect(state.users['jane.doe']).toMatchObject({ UserId: 'AIDA0A1B2C3D4E5F6G7H8', CreateDate: '2026-05-02T08:15:00Z' });
    expect(state.groups.developers!.GroupId).toBe('AGPA0A1B2C3D4E5F6G7H8');
  });

  it('hides the problems the guide’s best practices warn about', () => {
    const directAdmins = Object.values(state.users).filter((user) =>
      user.attachedPolicies.includes('arn:aws:iam::aws:policy/AdministratorAccess'),
    );
    expect(directAdmins.map((user) => user.UserName)).toEqual(['kevin.brown']);
    expect(Object.values(state.groups).filter((group) => group.users.length === 0).map((group) => group.GroupName)).toEqual(['Interns']);
    expect(Object.values(state.users).filter((user) => user.groups.length === 0).map((user) => user.UserName)).toEqual(['sam.taylor']);
    expect(members('MarksTeam')).toHaveLength(3);
  });
});

describe('the large scenario', () => {
  const state = buildScenario('large', catalog);

  it('fills the account to IAM’s quotas, with some users in ten groups', () => {
    expect(Object.keys(state.users)).toHaveLength(5000);
    expect(Object.keys(state.groups)).toHaveLength(300);
    const groupCounts = Object.values(state.users).map((user) => user.groups.length);
    expect(Math.max(...groupCounts)).toBe(10);
    expect(groupCounts.filter((count) => count === 10)).toHaveLength(50);
    expect(Math.min(...groupCounts)).toBe(2);
    expect(Object.keys(state.policies)).toHaveLength(10);
    expect(Object.values(state.groups).every((group) => group.attachedPolicies.length >= 2)).toBe(true);
  });
});
