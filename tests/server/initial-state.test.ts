/** Which account the server starts with, from its flags and what is on disk. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyState } from '../../src/iam/state';
import { chooseInitialState } from '../../server/initial-state';
import { parseServerOptions } from '../../server/options';
import { catalog } from '../integration/support/iam-sandbox';

let dir: string;
let stateFile: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'iam-initial-'));
  stateFile = join(dir, 'state.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const start = (...flags: string[]) => chooseInitialState(parseServerOptions([...flags, '--state', stateFile], {}), catalog);
const saveAccount = () => writeFileSync(stateFile, JSON.stringify(emptyState('111122223333')));

describe('the account a server starts with', () => {
  it('is the default scenario on a first start', () => {
    const initial = start();
    expect(initial.fresh).toBe(true);
    expect(Object.keys(initial.state.users)).toContain('jane.doe');
  });

  it('is the saved account when there is one', () => {
    saveAccount();
    expect(start()).toMatchObject({ fresh: false, state: { accountId: '111122223333' } });
  });

  it('is a scenario instead of the saved account only with --reset', () => {
    saveAccount();
    expect(() => start('--scenario', 'empty')).toThrow('Add --reset to replace it');
    expect(start('--scenario', 'empty', '--reset')).toMatchObject({ fresh: true, state: { accountId: '123456789012' } });
    expect(Object.keys(start('--reset').state.users)).toContain('jane.doe');
  });

  it('is refused for a scenario that does not exist, naming the ones that do', () => {
    expect(() => start('--scenario', 'classroom2')).toThrow('Unknown scenario "classroom2". Scenarios: empty, default, classroom, large.');
  });
});

describe('server options', () => {
  it('take flags over the environment over defaults', () => {
    expect(parseServerOptions([], {})).toMatchObject({ host: '127.0.0.1', port: 4510, stateFile: '.sandbox/state.json' });
    expect(parseServerOptions([], { PORT: '5000', HOST: '0.0.0.0', SANDBOX_STATE_FILE: 's.json' })).toMatchObject({
      host: '0.0.0.0',
      port: 5000,
      stateFile: 's.json',
    });
    expect(parseServerOptions(['--port', '6000'], { PORT: '5000' }).port).toBe(6000);
  });

  it('refuse a port that is not a number', () => {
    expect(() => parseServerOptions(['--port', 'http'], {})).toThrow('Invalid port "http"');
  });
});
