/**
 * Keys that have a path (groups, users, policies), sorted overall and per path,
 * so a PathPrefix filter reads only the matching paths' keys instead of
 * scanning every entity.
 */
import { filterKeys, mergeSorted } from './key-streams';
import { SortedKeys } from './sorted-keys';

/** above this many matching paths a filtered walk of all keys is cheaper than a merge */
const MERGE_LIMIT = 16;

export class PathIndexedKeys {
  readonly all: SortedKeys;
  private readonly byPath = new Map<string, SortedKeys>();
  private readonly pathByKey: Map<string, string>;

  /** builds from [key, path] pairs with one sort per list, not one insert per key */
  constructor(entries: Iterable<readonly [string, string]> = []) {
    this.pathByKey = new Map(entries);
    this.all = new SortedKeys(this.pathByKey.keys());
    const keysByPath = new Map<string, string[]>();
    for (const [key, path] of this.pathByKey) {
      const keys = keysByPath.get(path);
      if (keys) keys.push(key);
      else keysByPath.set(path, [key]);
    }
    for (const [path, keys] of keysByPath) this.byPath.set(path, new SortedKeys(keys));
  }

  get size(): number {
    return this.all.size;
  }

  has(key: string): boolean {
    return this.pathByKey.has(key);
  }

  pathOf(key: string): string | undefined {
    return this.pathByKey.get(key);
  }

  add(key: string, path: string): void {
    this.remove(key);
    this.all.insert(key);
    this.pathByKey.set(key, path);
    let keys = this.byPath.get(path);
    if (!keys) this.byPath.set(path, (keys = new SortedKeys()));
    keys.insert(key);
  }

  remove(key: string): void {
    const path = this.pathByKey.get(key);
    if (path === undefined) return;
    this.all.remove(key);
    this.pathByKey.delete(key);
    const keys = this.byPath.get(path)!;
    keys.remove(key);
    if (keys.size === 0) this.byPath.delete(path);
  }

  /** keys after `after` whose path starts with `pathPrefix`, in key order */
  keysFrom(after: string | undefined, pathPrefix?: string): Iterable<string> {
    if (!pathPrefix || pathPrefix === '/') return this.all.from(after);
    const matching = [...this.byPath.entries()].filter(([path]) => path.startsWith(pathPrefix));
    if (matching.length > MERGE_LIMIT) {
      return filterKeys(this.all.from(after), (key) => this.pathByKey.get(key)!.startsWith(pathPrefix));
    }
    return mergeSorted(matching.map(([, keys]) => keys.from(after)));
  }
}
