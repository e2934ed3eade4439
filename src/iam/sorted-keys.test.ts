import { describe, expect, it } from 'vitest';
import { filterKeys, mergeSorted } from './key-streams';
import { PathIndexedKeys } from './path-index';
import { SortedKeys } from './sorted-keys';

describe('SortedKeys', () => {
  it('keeps keys sorted and unique through inserts and removals', () => {
    const keys = new SortedKeys(['m', 'c', 'x', 'c']);
    expect(keys.insert('a')).toBe(true);
    expect(keys.insert('m')).toBe(false);
    expect(keys.remove('x')).toBe(true);
    expect(keys.remove('zz')).toBe(false);
    expect(keys.values()).toEqual(['a', 'c', 'm']);
    expect([keys.has('c'), keys.has('b'), keys.size]).toEqual([true, false, 3]);
  });

  it('resumes after a key, present or not', () => {
    const keys = new SortedKeys(['a', 'c', 'e']);
    expect([...keys.from()]).toEqual(['a', 'c', 'e']);
    expect([...keys.from('c')]).toEqual(['e']);
    expect([...keys.from('b')]).toEqual(['c', 'e']);
    expect([...keys.from('z')]).toEqual([]);
  });
});

describe('key streams', () => {
  it('merge sorted streams into one sorted stream, lazily', () => {
    expect([...mergeSorted([['a', 'd'], ['b', 'c', 'e'], []])]).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect([...mergeSorted([])]).toEqual([]);
    expect([...filterKeys(['a', 'b', 'c'], (k) => k !== 'b')]).toEqual(['a', 'c']);
  });
});

describe('PathIndexedKeys', () => {
  it('lists keys by path prefix in key order, and follows path changes', () => {
    const index = new PathIndexedKeys();
    index.add('d', '/eng/');
    index.add('a', '/eng/web/');
    index.add('b', '/');
    index.add('c', '/ops/');
    expect([...index.keysFrom(undefined)]).toEqual(['a', 'b', 'c', 'd']);
    expect([...index.keysFrom(undefined, '/eng')]).toEqual(['a', 'd']);
    expect([...index.keysFrom('a', '/eng/')]).toEqual(['d']);
    index.add('b', '/eng/');
    expect([...index.keysFrom(undefined, '/eng/')]).toEqual(['a', 'b', 'd']);
    index.remove('a');
    expect([...index.keysFrom(undefined, '/eng/')]).toEqual(['b', 'd']);
    expect(index.size).toBe(3);
  });

  it('still answers when very many paths match', () => {
    const index = new PathIndexedKeys();
    for (let i = 0; i < 40; i++) index.add(`k${String(i).padStart(2, '0')}`, `/team/${i}/`);
    index.add('other', '/elsewhere/');
    const listed = [...index.keysFrom('k09', '/team/')];
    expect(listed).toHaveLength(30);
    expect(listed[0]).toBe('k10');
  });
});
