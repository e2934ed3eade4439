import { describe, expect, it } from 'vitest';
import { IAM_ACTIONS, isIamAction, operationNameOf } from './actions';
import { IamError } from './errors';
import { testEngine } from './engine-test-kit';

/** actions whose parameters are all optional */
const NO_REQUIRED_PARAMETERS = new Set(['ListGroups', 'ListUsers', 'ListPolicies', 'GetAccountSummary']);

async function outcomeOf(call: () => unknown): Promise<unknown> {
  try {
    return await call();
  } catch (error) {
    return error;
  }
}

describe('the action list', () => {
  it('maps every IAM action to an engine method', () => {
    const engine = testEngine();
    for (const action of IAM_ACTIONS) expect(typeof engine[operationNameOf(action)], action).toBe('function');
    expect(operationNameOf('CreateGroup')).toBe('createGroup');
    expect([isIamAction('CreateGroup'), isIamAction('CreateRole')]).toEqual([true, false]);
  });

  it.each(IAM_ACTIONS)('%s answers a call without parameters as IAM would, never with a crash', async (action) => {
    const engine = testEngine();
    const method = engine[operationNameOf(action)] as (input: object) => unknown;
    for (const input of [{}, undefined]) {
      const outcome = await outcomeOf(() => method(input as object));
      if (NO_REQUIRED_PARAMETERS.has(action)) {
        expect(outcome).not.toBeInstanceOf(Error);
      } else {
        expect(outcome).toBeInstanceOf(IamError);
        expect((outcome as IamError).code).toBe('ValidationError');
        expect((outcome as IamError).message).toMatch(/^\d validation errors? detected: Value null at '\w+' failed to satisfy constraint: Member must not be null/);
      }
    }
  });
});
