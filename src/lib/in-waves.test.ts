import { describe, expect, it } from 'vitest';
import { inWaves } from './in-waves.ts';

describe('inWaves', () => {
  it('starts each wave only once the one before has settled, failures included, and keeps the order', async () => {
    const started: string[] = [];
    const finish = new Map<string, (ok: boolean) => void>();
    const load = (item: string) =>
      new Promise<string>((resolve, reject) => {
        started.push(item);
        finish.set(item, (ok) => (ok ? resolve(item.toUpperCase()) : reject(new Error(item))));
      });
    const loads = inWaves(['a', 'b', 'c', 'd', 'e'], [1, 2], load);
    loads.forEach((l) => l.catch(() => undefined));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toEqual(['a']);
    finish.get('a')!(false);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toEqual(['a', 'b', 'c']);
    finish.get('b')!(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toEqual(['a', 'b', 'c']);
    finish.get('c')!(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toEqual(['a', 'b', 'c', 'd', 'e']);
    finish.get('d')!(true);
    finish.get('e')!(true);
    await expect(loads[0]).rejects.toThrow('a');
    expect(await Promise.all(loads.slice(1))).toEqual(['B', 'C', 'D', 'E']);
  });

  it('loads nothing for no items, and everything at once for no sizes', async () => {
    expect(inWaves([], [1], async (x) => x)).toEqual([]);
    expect(await Promise.all(inWaves([1, 2, 3], [], async (x) => x * 2))).toEqual([2, 4, 6]);
  });
});
