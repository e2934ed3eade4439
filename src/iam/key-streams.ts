/** Lazy streams of sorted keys: a page pulls only as many keys as it returns (plus one, to know if it is truncated). */
import { compareKeys } from './sorted-keys';

/** merges sorted streams into one sorted stream; meant for a handful of streams */
export function* mergeSorted(streams: Iterable<string>[]): Generator<string> {
  if (streams.length === 1) {
    yield* streams[0]!;
    return;
  }
  const iterators = streams.map((stream) => stream[Symbol.iterator]());
  const heads = iterators.map((iterator) => iterator.next());
  for (;;) {
    let smallest = -1;
    for (let index = 0; index < heads.length; index++) {
      const head = heads[index]!;
      if (head.done) continue;
      const best = heads[smallest];
      if (!best || compareKeys(head.value, best.value as string) < 0) smallest = index;
    }
    if (smallest < 0) return;
    yield heads[smallest]!.value as string;
    heads[smallest] = iterators[smallest]!.next();
  }
}

export function* filterKeys(stream: Iterable<string>, keep: (key: string) => boolean): Generator<string> {
  for (const key of stream) if (keep(key)) yield key;
}
