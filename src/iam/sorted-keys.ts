/**
 * A sorted set of strings kept in an array: binary search finds a key or the
 * place to resume a page in O(log n), so lists never sort or scan per call.
 * Keys are compared by UTF-16 code units (keys are already lower-cased names).
 */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export class SortedKeys {
  private readonly keys: string[];

  constructor(keys: Iterable<string> = []) {
    this.keys = [...new Set(keys)].sort(compareKeys);
  }

  get size(): number {
    return this.keys.length;
  }

  /** the first index whose key is >= `key` */
  private lowerBound(key: string): number {
    let low = 0;
    let high = this.keys.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.keys[middle]! < key) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  has(key: string): boolean {
    return this.keys[this.lowerBound(key)] === key;
  }

  /** adds `key`; false when it was there already */
  insert(key: string): boolean {
    const index = this.lowerBound(key);
    if (this.keys[index] === key) return false;
    this.keys.splice(index, 0, key);
    return true;
  }

  /** removes `key`; false when it was not there */
  remove(key: string): boolean {
    const index = this.lowerBound(key);
    if (this.keys[index] !== key) return false;
    this.keys.splice(index, 1);
    return true;
  }

  /** the keys after `after` (all keys when undefined), in order; `after` need not be present */
  *from(after?: string): Generator<string> {
    let index = 0;
    if (after !== undefined) {
      index = this.lowerBound(after);
      if (this.keys[index] === after) index++;
    }
    for (; index < this.keys.length; index++) yield this.keys[index]!;
  }

  values(): readonly string[] {
    return this.keys;
  }
}
