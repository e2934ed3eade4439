/**
 * Two tabs of one sandbox, simulated in one process: each has its own runtime and
 * sync; they share the store (IndexedDB), the lock (Web Locks) and a BroadcastChannel.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IamState } from '../../iam/types';
import { createMockIamRuntime, type MockIamRuntime } from '../runtime';
import { buildScenario } from '../scenarios';
import { createSandboxSync, type SandboxSync } from './sandbox-sync';
import { parseSandboxJson } from './state-schema';
import type { SavedMeta, SavedSandbox, StateStore } from './state-store';
import { createTabLock } from './tab-lock';

const NO_CATALOG = { policies: [], loadDocument: () => Promise.reject(new Error('no catalog')) };
const post = (body: string) => new Request('http://iam.sandbox.test/', { method: 'POST', body: `Version=2010-05-08&${body}` });

function memoryStore() {
  let saved: SavedSandbox | undefined;
  const store = {
    writes: 0,
    failNextWrite: false,
    read: async () => saved,
    readRevision: async () => saved?.meta.revision,
    write: async (meta: SavedMeta, text: string) => {
      if (store.failNextWrite) {
        store.failNextWrite = false;
        throw new Error('QuotaExceededError');
      }
      store.writes++;
      saved = { meta, text };
    },
    corrupt: (text: unknown) => {
      saved = { meta: { revision: (saved?.meta.revision ?? 0) + 1, savedAt: '' }, text };
    },
    state: () => JSON.parse(saved!.text as string) as IamState,
  };
  return store satisfies StateStore;
}

const channels: BroadcastChannel[] = [];
afterEach(() => {
  for (const channel of channels.splice(0)) channel.close();
});

async function openTabs(count: number) {
  const store = memoryStore();
  const lock = createTabLock('test');
  const name = `sandbox-${Math.random()}`;
  const tabs: { runtime: MockIamRuntime; sync: SandboxSync; call: (body: string) => Promise<Response> }[] = [];
  for (let i = 0; i < count; i++) {
    const channel = new BroadcastChannel(name);
    channels.push(channel);
    const sync = createSandboxSync({
      store,
      lock,
      channel,
      readState: (text) => parseSandboxJson(text as string),
      initial: { revision: 0, origin: { scenario: 'default' } },
    });
    const runtime = createMockIamRuntime({ state: buildScenario('default'), catalog: NO_CATALOG, mutationLock: () => sync.lockForMutation() });
    sync.attach(runtime);
    if (i === 0) await sync.publish({ scenario: 'default' });
    else await sync.refresh();
    tabs.push({ runtime, sync, call: (body) => runtime.handle(post(body)) });
  }
  return { store, tabs };
}

const groupsOf = (runtime: MockIamRuntime) => Object.keys(runtime.engine.state.groups).sort();

describe('a sandbox open in several tabs', () => {
  it('keeps every change when tabs change things at the same moment', async () => {
    const { store, tabs } = await openTabs(2);
    const names = Array.from({ length: 10 }, (_, i) => `team${i}`);
    const responses = await Promise.all(names.map((name, i) => tabs[i % 2]!.call(`Action=CreateGroup&GroupName=${name}`)));
    expect(responses.map((response) => response.status)).toEqual(names.map(() => 200));
    expect(Object.keys(store.state().groups).sort()).toEqual(names);
    await vi.waitFor(() => {
      for (const tab of tabs) expect(groupsOf(tab.runtime)).toEqual(names);
    });
    expect(tabs[0]!.sync.status).toMatchObject({ kind: 'saved', revision: 11 });
  });

  it('shows another tab’s change without any action in this one', async () => {
    const { tabs } = await openTabs(3);
    const replaced = vi.fn();
    tabs[2]!.runtime.subscribe(replaced);
    await tabs[0]!.call('Action=CreateGroup&GroupName=Developers');
    await vi.waitFor(() => expect(groupsOf(tabs[2]!.runtime)).toEqual(['developers']));
    expect(replaced).toHaveBeenCalledWith({ kind: 'replace' }, expect.anything());
  });

  it('lets a reset overtake a change this tab has not loaded yet', async () => {
    const { store, tabs } = await openTabs(2);
    await tabs[1]!.call('Action=CreateGroup&GroupName=Developers');
    await tabs[0]!.sync.replace(buildScenario('empty'), { scenario: 'empty' });
    expect((await store.read())!.meta).toMatchObject({ revision: 3, scenario: 'empty' });
    await vi.waitFor(() => expect(Object.keys(tabs[1]!.runtime.engine.state.users)).toEqual([]));
    expect(tabs[1]!.sync.origin).toEqual({ scenario: 'empty', importedFrom: undefined });
  });

  it('says when a change could not be saved, and saves it with the next one', async () => {
    const { store, tabs } = await openTabs(1);
    store.failNextWrite = true;
    expect((await tabs[0]!.call('Action=CreateGroup&GroupName=A')).status).toBe(200);
    expect(tabs[0]!.sync.status).toMatchObject({ kind: 'error', message: 'Not saved: QuotaExceededError' });
    await tabs[0]!.call('Action=CreateGroup&GroupName=B');
    expect(tabs[0]!.sync.status.kind).toBe('saved');
    expect(Object.keys(store.state().groups)).toEqual(['a', 'b']);
  });

  it('never saves a call that a fault failed, nor a read', async () => {
    const { store, tabs } = await openTabs(1);
    const before = store.writes;
    tabs[0]!.runtime.setFaults({ rules: [{ action: 'CreateGroup', error: 'ServiceFailure' }] });
    expect((await tabs[0]!.call('Action=CreateGroup&GroupName=A')).status).toBe(500);
    tabs[0]!.runtime.setFaults({ latencyMs: 5, rules: [{ error: 'AccessDenied' }] });
    const denied = await tabs[0]!.call('Action=AttachGroupPolicy&GroupName=A&PolicyArn=arn:aws:iam::aws:policy/ReadOnlyAccess');
    expect(denied.status).toBe(403);
    expect(await denied.text()).toContain(
      'is not authorized to perform: iam:AttachGroupPolicy on resource: arn:aws:iam::aws:policy/ReadOnlyAccess',
    );
    tabs[0]!.runtime.setFaults(undefined);
    await tabs[0]!.call('Action=ListGroups');
    expect(store.writes).toBe(before);
    expect(store.state().groups).toEqual({});
  });

  it('keeps its own account when another tab saved something unreadable', async () => {
    const { store, tabs } = await openTabs(1);
    await tabs[0]!.call('Action=CreateGroup&GroupName=Kept');
    store.corrupt('{"schemaVersion":');
    await tabs[0]!.sync.refresh();
    expect(tabs[0]!.sync.status).toMatchObject({ kind: 'error', message: expect.stringMatching(/^Another tab saved a state this tab cannot read: not JSON/) });
    expect(groupsOf(tabs[0]!.runtime)).toEqual(['kept']);
    // The next change writes a readable state over it.
    await tabs[0]!.call('Action=CreateGroup&GroupName=Next');
    expect(Object.keys(store.state().groups)).toEqual(['kept', 'next']);
  });
});
