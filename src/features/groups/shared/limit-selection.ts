/**
 * Keeps a selection within a quota. "Select all" on a page can ask for more than the quota
 * allows: what was already selected stays, and new picks are added in table order until full.
 */
export function limitSelection<T extends { id: string }>(previous: readonly T[], next: T[], max: number): T[] {
  if (next.length <= max) return next;
  const before = new Set(previous.map((item) => item.id));
  const kept = next.filter((item) => before.has(item.id));
  const added = next.filter((item) => !before.has(item.id));
  return [...kept, ...added].slice(0, max);
}
