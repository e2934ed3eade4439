/** The runtime's seams for persistence, cross-tab sync, resets and faults. */
import { describe, expect, it, vi } from 'vitest';
import { createMockIamRuntime } from '../../src/mocks/runtime';
import { buildScenario } from '../../src/mocks/scenarios';
import { catalog } from '../integration/support/iam-sandbox';

const post = (body: string) =>
  new Request('http://iam.sandbox.test/', { method: 'POST', body: `Version=2010-05-08&${body}` });

describe('a running mock IAM', () => {
  it('tells subscribers about each mutation, with the new state', async () => {
    const runtime = createMockIamRuntime({ state: buildScenario('empty'), catalog });
    const seen: unknown[] = [];
    // The state is live (mutated in place): a persistence adapter snapshots it when called.
    const unsubscribe = runtime.subscribe((change, state) => {
      seen.push([change, Object.keys(state.groups)]);
    });
    await runtime.handle(post('Action=CreateGroup&GroupName=Developers'));
    await runtime.handle(post('Action=ListGroups'));
    unsubscribe();
    await runtime.handle(post('Action=CreateGroup&GroupName=Testers'));
    expect(seen).toEqual([[{ kind: 'action', action: 'CreateGroup' }, ['developers']]]);
  });

  it('swaps in another account (a reset or another tab’s change), quietly if asked', async () => {
    const runtime = createMockIamRuntime({ state: buildScenario('empty'), catalog });
    const listener = vi.fn();
    runtime.subscribe(listener);
    await runtime.replaceState(buildScenario('default'), { notify: false });
    expect(listener).not.toHaveBeenCalled();
    const response = await runtime.handle(post('Action=GetUser&UserName=jane.doe'));
    expect(await response.text()).toContain('<UserId>AIDA0A1B2C3D4E5F6G7H8</UserId>');
    await runtime.replaceState(buildScenario('empty'));
    expect(listener).toHaveBeenCalledWith({ kind: 'replace' }, runtime.engine.state);
  });

  it('injects faults until they are cleared', async () => {
    const runtime = createMockIamRuntime({ state: buildScenario('empty'), catalog });
    runtime.setFaults({ rules: [{ error: 'ServiceFailure' }] });
    expect((await runtime.handle(post('Action=ListUsers'))).status).toBe(500);
    runtime.setFaults(undefined);
    expect((await runtime.handle(post('Action=ListUsers'))).status).toBe(200);
  });
});
