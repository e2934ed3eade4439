/** The account on disk: loaded when sound, refused (and left alone) when not, saved atomically. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyState } from '../../src/iam/state';
import type { IamState } from '../../src/iam/types';
import { createStateWriter, loadStateFile } from '../../server/state-file';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'iam-state-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('loading the saved account', () => {
  it('has nothing to load when there is no file yet', () => {
    expect(loadStateFile(join(dir, 'state.json'))).toBeUndefined();
  });

  it('loads a state it saved', async () => {
    const file = join(dir, 'nested', 'state.json');
    const state = emptyState('111122223333');
    await createStateWriter(file, () => state).save();
    expect(loadStateFile(file)).toEqual(state);
  });

  it('names the file and the problem when the JSON is broken', () => {
    const file = join(dir, 'state.json');
    writeFileSync(file, '{"schemaVersion": 1,');
    expect(() => loadStateFile(file)).toThrow(`The state file ${file} is not valid JSON`);
  });

  it('refuses a state of another schema version, and says which', () => {
    const file = join(dir, 'state.json');
    writeFileSync(file, JSON.stringify({ ...emptyState(), schemaVersion: 2 }));
    expect(() => loadStateFile(file)).toThrow('its schemaVersion is 2; this sandbox reads schemaVersion 1');
  });

  it('points at the broken record of an otherwise valid state', () => {
    const file = join(dir, 'state.json');
    writeFileSync(file, JSON.stringify({ ...emptyState(), groups: { dev: { GroupName: 'Dev' } } }));
    expect(() => loadStateFile(file)).toThrow('groups["dev"].GroupId is missing or not a string');
  });
});

describe('saving after mutations', () => {
  it('writes through a temporary file and leaves only the state behind', async () => {
    const file = join(dir, 'state.json');
    const state: IamState = emptyState();
    const writer = createStateWriter(file, () => state);
    await Promise.all([writer.save(), writer.save(), writer.save()]);
    expect(readdirSync(dir)).toEqual(['state.json']);
  });

  it('coalesces a burst of saves and still includes the last change', async () => {
    const file = join(dir, 'state.json');
    const state: IamState = emptyState();
    const writer = createStateWriter(file, () => state);
    const first = writer.save();
    state.accountId = '999988887777';
    await Promise.all([first, writer.save()]);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ accountId: '999988887777' });
  });
});
