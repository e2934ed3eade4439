/**
 * Where the browser sandbox keeps its account: one IndexedDB store holding the state
 * as JSON text and a small `meta` record (revision, time, origin). Both are written
 * in one transaction, so a reader never sees a state with another state's revision,
 * and a tab can learn whether it is behind by reading `meta` alone.
 */
import { createStore, get, getMany, setMany, type UseStore } from 'idb-keyval';

export const SANDBOX_DB = 'iam-console-sandbox';
export const SANDBOX_STORE = 'sandbox';
export const STATE_KEY = 'state';
export const META_KEY = 'meta';

export interface SavedMeta {
  /** counts saves across all tabs; a tab whose revision differs is behind */
  revision: number;
  savedAt: string;
  /** the scenario the account was last reset to */
  scenario?: string;
  /** the file the account was last imported from */
  importedFrom?: string;
}

export interface SavedSandbox {
  meta: SavedMeta;
  /** what was stored: JSON text when written by this code, anything after tampering */
  text: unknown;
}

export interface StateStore {
  /** undefined when nothing was ever saved */
  read(): Promise<SavedSandbox | undefined>;
  readRevision(): Promise<number | undefined>;
  write(meta: SavedMeta, text: string): Promise<void>;
}

export function createStateStore(): StateStore {
  let store: UseStore | undefined;
  // Opened on first use: a browser without IndexedDB fails there, inside a try.
  const db = () => (store ??= createStore(SANDBOX_DB, SANDBOX_STORE));
  return {
    async read() {
      const [meta, text] = await getMany<unknown>([META_KEY, STATE_KEY], db());
      if (meta === undefined && text === undefined) return undefined;
      return { meta: readMeta(meta), text };
    },
    async readRevision() {
      const meta = await get<unknown>(META_KEY, db());
      return meta === undefined ? undefined : readMeta(meta).revision;
    },
    write: (meta, text) =>
      setMany(
        [
          [META_KEY, meta],
          [STATE_KEY, text],
        ],
        db(),
      ),
  };
}

/** A damaged meta record must not hide the state itself: it reads as revision 0. */
function readMeta(value: unknown): SavedMeta {
  const meta = typeof value === 'object' && value !== null ? (value as Partial<SavedMeta>) : {};
  return {
    revision: typeof meta.revision === 'number' && Number.isFinite(meta.revision) ? meta.revision : 0,
    savedAt: typeof meta.savedAt === 'string' ? meta.savedAt : '',
    ...(typeof meta.scenario === 'string' ? { scenario: meta.scenario } : {}),
    ...(typeof meta.importedFrom === 'string' ? { importedFrom: meta.importedFrom } : {}),
  };
}
