/**
 * One writer at a time across every tab of the sandbox: the Web Locks API holds a
 * named lock for as long as the returned release has not been called, and frees it by
 * itself if the tab closes. Where Web Locks are missing (old browsers) the lock still
 * serializes this tab's own writes.
 */
export type AcquireLock = () => Promise<() => void>;

export function createTabLock(name: string): AcquireLock {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (locks) {
    return () =>
      new Promise((resolve, reject) => {
        locks.request(name, () => new Promise<void>((release) => resolve(() => release()))).catch(reject);
      });
  }
  let tail: Promise<void> = Promise.resolve();
  return () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const acquired = tail.then(() => release);
    tail = tail.then(() => held);
    return acquired;
  };
}
