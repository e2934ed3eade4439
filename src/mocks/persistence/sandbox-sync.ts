/**
 * Keeps one account across the tabs of a sandbox. Every mutation runs under a lock
 * shared by all tabs; before it runs, a tab whose revision is behind the saved one
 * first loads the newest saved state, so two tabs changing things at once both keep
 * their changes. After it runs, the state is saved with the next revision and the
 * other tabs are told, so they show the change without a reload.
 */
import type { IamState } from '../../iam/types';
import type { MockIamRuntime } from '../runtime';
import type { StateReading } from './state-schema';
import type { SavedMeta, StateStore } from './state-store';
import type { AcquireLock } from './tab-lock';

export interface SandboxOrigin {
  scenario?: string;
  importedFrom?: string;
}

export interface SyncStatus {
  kind: 'saved' | 'error';
  revision: number;
  savedAt?: string;
  message?: string;
}

export interface SandboxSyncOptions {
  store: StateStore;
  lock: AcquireLock;
  /** reaches the other tabs; absent where BroadcastChannel is */
  channel?: BroadcastChannel;
  readState: (text: unknown) => StateReading;
  /** what this tab started from: a saved revision, or revision 0 for a state not saved yet */
  initial: { revision: number; origin: SandboxOrigin; savedAt?: string; problem?: string };
  now?: () => Date;
}

export interface SandboxSync {
  readonly status: SyncStatus;
  readonly origin: SandboxOrigin;
  attach(runtime: MockIamRuntime): void;
  /** for the runtime's `mutationLock`: waits for the lock, then catches up with other tabs */
  lockForMutation(): Promise<() => void>;
  /** replaces the whole account (reset, import) and saves it for every tab */
  replace(state: IamState, origin: SandboxOrigin): Promise<void>;
  /** saves the running account as a new revision (a scenario chosen at boot) */
  publish(origin: SandboxOrigin): Promise<void>;
  /** loads what another tab saved since this tab read the state */
  refresh(): Promise<void>;
  /** status or origin changed */
  onChange(listener: () => void): () => void;
  dispose(): void;
}

interface SyncMessage {
  revision: number;
}

export function createSandboxSync(options: SandboxSyncOptions): SandboxSync {
  const { store, lock, channel, readState } = options;
  const now = options.now ?? (() => new Date());
  let runtime: MockIamRuntime | undefined;
  let revision = options.initial.revision;
  let origin = options.initial.origin;
  let status: SyncStatus = options.initial.problem
    ? { kind: 'error', revision, message: options.initial.problem }
    : { kind: 'saved', revision, savedAt: options.initial.savedAt };
  const listeners = new Set<() => void>();
  const changed = (next: SyncStatus) => {
    status = next;
    for (const listener of [...listeners]) listener();
  };
  const attached = () => {
    if (!runtime) throw new Error('The sandbox sync has no runtime attached');
    return runtime;
  };

  async function save() {
    try {
      // A reset may overtake a revision this tab has not loaded: the new one must still be newer.
      const base = Math.max(revision, (await store.readRevision()) ?? 0);
      const meta: SavedMeta = { revision: base + 1, savedAt: now().toISOString(), ...origin };
      await store.write(meta, JSON.stringify(attached().engine.state));
      revision = meta.revision;
      changed({ kind: 'saved', revision, savedAt: meta.savedAt });
    } catch (error) {
      // The call succeeded in this tab; say that it is not saved rather than fail it.
      changed({ kind: 'error', revision, message: `Not saved: ${(error as Error).message}` });
      return;
    }
    channel?.postMessage({ revision } satisfies SyncMessage);
  }

  async function catchUp() {
    const stored = await store.readRevision();
    if (stored === undefined || stored === revision) return;
    const saved = await store.read();
    if (!saved) return;
    const reading = readState(saved.text);
    if (!reading.ok) {
      changed({ kind: 'error', revision, message: `Another tab saved a state this tab cannot read: ${reading.problem}` });
      return;
    }
    revision = saved.meta.revision;
    origin = { scenario: saved.meta.scenario, importedFrom: saved.meta.importedFrom };
    await attached().replaceState(reading.state);
    changed({ kind: 'saved', revision, savedAt: saved.meta.savedAt });
  }

  async function locked(work: () => Promise<void>) {
    const release = await lock();
    try {
      await work();
    } finally {
      release();
    }
  }

  const onMessage = () => void locked(catchUp).catch((error: unknown) => changed({ kind: 'error', revision, message: String(error) }));

  return {
    get status() {
      return status;
    },
    get origin() {
      return origin;
    },
    attach(next) {
      runtime = next;
      // Runs inside the mutation's lock: the runtime awaits it before releasing.
      next.subscribe((change) => (change.kind === 'action' ? save() : undefined));
      channel?.addEventListener('message', onMessage);
    },
    async lockForMutation() {
      const release = await lock();
      try {
        await catchUp();
      } catch (error) {
        release();
        throw error;
      }
      return release;
    },
    replace: (state, nextOrigin) =>
      locked(async () => {
        origin = nextOrigin;
        await attached().replaceState(state);
        await save();
      }),
    publish: (nextOrigin) =>
      locked(async () => {
        origin = nextOrigin;
        await save();
      }),
    refresh: () => locked(catchUp),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      channel?.removeEventListener('message', onMessage);
      listeners.clear();
    },
  };
}
