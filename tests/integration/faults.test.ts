/** The sandbox's fault injection, as an SDK caller (and the console) experiences it. */
import { CreateGroupCommand, ListUsersCommand } from '@aws-sdk/client-iam';
import { describe, expect, it } from 'vitest';
import { expectIamError } from './support/expect-iam-error';
import { setupIamSandbox } from './support/iam-sandbox';

const sandbox = setupIamSandbox();
const { client } = sandbox;

describe('injected faults', () => {
  it('throttles the chosen action for the chosen number of calls', async () => {
    sandbox.runtime.setFaults({ rules: [{ action: 'CreateGroup', error: 'Throttling', times: 1 }] });
    await expectIamError(client.send(new CreateGroupCommand({ GroupName: 'Developers' })), {
      name: 'Throttling',
      message: 'Rate exceeded',
      status: 400,
    });
    await client.send(new ListUsersCommand({}));
    const { Group } = await client.send(new CreateGroupCommand({ GroupName: 'Developers' }));
    expect(Group?.GroupName).toBe('Developers');
  });

  it('fails with a ServiceFailure and changes nothing', async () => {
    sandbox.runtime.setFaults({ rules: [{ error: 'ServiceFailure' }] });
    await expectIamError(client.send(new CreateGroupCommand({ GroupName: 'Developers' })), {
      name: 'ServiceFailureException',
      message: 'The request processing has failed because of an unknown error, exception or failure.',
      status: 500,
    });
    expect(sandbox.runtime.engine.state.groups).toEqual({});
  });
});
