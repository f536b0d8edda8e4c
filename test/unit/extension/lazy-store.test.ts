import { describe, expect, it } from 'vitest';
import { lazyStore } from '../../../extension/background/lazy-store';
import { openStore, type Store } from '../../../shared/store';

describe('lazyStore', () => {
  it('opens on first use only, and tries again after a failed open', async () => {
    let opens = 0;
    const store = lazyStore(async (): Promise<Store> => {
      opens += 1;
      if (opens === 1) throw new Error('blocked');
      return openStore('lazy-store-test');
    });
    expect(opens).toBe(0);
    await expect(store.listApplicants()).rejects.toThrow('blocked');
    await expect(store.listApplicants()).resolves.toEqual([]);
    await expect(store.listRecords()).resolves.toEqual([]);
    expect(opens).toBe(2);
  });
});
