/** Scenarios are deterministic data: the same account on every machine, every run. */
import { describe, expect, it } from 'vitest';
import { SCENARIOS, buildScenario } from '../../src/mocks/scenarios';

describe('scenarios', () => {
  it('offer at least an empty account and the guide’s default one', () => {
    expect(SCENARIOS.map((scenario) => scenario.name)).toEqual(expect.arrayContaining(['empty', 'default']));
    for (const scenario of SCENARIOS) expect(scenario.title && scenario.description).toBeTruthy();
  });

  it('build the default account with the guide’s jane.doe and five colleagues, and no groups', () => {
    const state = buildScenario('default');
    expect(state.accountId).toBe('123456789012');
    expect(Object.values(state.users).map((user) => user.UserName)).toEqual([
      'jane.doe',
      'john.smith',
      'maria.garcia',
      'wei.chen',
      'alex.kim',
      'priya.patel',
    ]);
    expect(state.users['jane.doe']).toMatchObject({
      UserId: 'AIDA0A1B2C3D4E5F6G7H8',
      CreateDate: '2026-05-02T08:15:00Z',
      Arn: 'arn:aws:iam::123456789012:user/jane.doe',
    });
    expect(state.groups).toEqual({});
    expect(state.policies).toEqual({});
  });

  it('build the same account every time, as a fresh copy', () => {
    const first = buildScenario('default');
    const second = buildScenario('default');
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    expect(buildScenario('empty').users).toEqual({});
  });
});
