/**
 * Safe access to the state's name-keyed maps. IAM names may be `__proto__` or
 * `constructor` (both match `[\w+=,.@-]+`), so plain `map[key]` reads would find
 * Object.prototype members and writes would replace the prototype.
 */
export function getEntry<T>(map: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

export function setEntry<T>(map: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
}

export function deleteEntry<T>(map: Record<string, T>, key: string): void {
  delete map[key];
}

/** records are keyed by the lower-cased name: IAM names are unique ignoring case */
export function nameKey(name: string): string {
  return name.toLowerCase();
}

/** replaces `oldKey` by `newKey` in a persisted key list, keeping its place (the list's order is meaningful) */
export function replaceKey(keys: string[], oldKey: string, newKey: string): void {
  const index = keys.indexOf(oldKey);
  if (index >= 0) keys[index] = newKey;
}

/** removes `key` from a persisted key list; false when it was not there */
export function removeKey(keys: string[], key: string): boolean {
  const index = keys.indexOf(key);
  if (index < 0) return false;
  keys.splice(index, 1);
  return true;
}
