import { LruCache } from '../../src/util/lru';

describe('LruCache', () => {
  test('drops the least recently used entry past capacity; a read makes an entry the newest', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3);
    expect(cache.has('b')).toBe(false);
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    expect(cache.size).toBe(2);
  });

  test('remembers a read that found nothing (undefined) and null, apart from a miss', () => {
    const cache = new LruCache<string, string | null | undefined>(4);
    cache.set('nothing', undefined);
    cache.set('none', null);
    expect(cache.has('nothing')).toBe(true);
    expect(cache.get('nothing')).toBeUndefined();
    expect(cache.get('none')).toBeNull();
    expect(cache.has('missing')).toBe(false);
  });

  test('a capacity of 0 is a cache turned off', () => {
    const cache = new LruCache<string, number>(0);
    cache.set('a', 1);
    expect(cache.has('a')).toBe(false);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  test('delete and clear', () => {
    const cache = new LruCache<string, number>(3);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.delete('a');
    expect(cache.has('a')).toBe(false);
    cache.clear();
    expect(cache.size).toBe(0);
  });
});
