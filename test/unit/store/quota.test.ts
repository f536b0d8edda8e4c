import { afterEach, describe, expect, it } from 'vitest';
import { SAMPLE_APPLICANTS, sampleApplicant } from '../../../shared/sample/applicants';
import { StoreError } from '../../../shared/store';
import { freshStore, SAMPLE_RECORDS } from './helpers';

const originalPut = IDBObjectStore.prototype.put;

/** Makes the n-th put from now on throw QuotaExceededError, as a full disk does. */
function failNthPut(n: number): void {
  let calls = 0;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (++calls === n) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return originalPut.apply(this, args);
  };
}

afterEach(() => {
  IDBObjectStore.prototype.put = originalPut;
});

describe('store: a full disk', () => {
  it('turns QuotaExceededError into StoreError quota and keeps none of the batch', async () => {
    const { store } = await freshStore('quota');
    await store.putApplicants([sampleApplicant('a01')]);
    const batch = SAMPLE_APPLICANTS.slice(1, 8);
    failNthPut(5);
    const err = (await store.putApplicants(batch).catch((e: unknown) => e)) as StoreError;
    expect(err).toBeInstanceOf(StoreError);
    expect(err.code).toBe('quota');
    expect(err.message).toContain('存储空间已满');
    expect(err.detail).toContain('QuotaExceededError');
    IDBObjectStore.prototype.put = originalPut;
    // The four puts before the failing one were in the same transaction: none of them stayed.
    expect((await store.listApplicants()).map((a) => a.id)).toEqual(['a01']);
    store.close();
  });

  it('a restore that runs out of space mid-way leaves the old data as it was', async () => {
    const { store } = await freshStore('quota-restore');
    await store.putApplicants(SAMPLE_APPLICANTS.slice(0, 3));
    await store.putSettings({ unitName: '原单位' });
    const before = await store.backup();
    const file = {
      ...before,
      applicants: SAMPLE_APPLICANTS,
      records: SAMPLE_RECORDS,
      settings: { ...before.settings, unitName: '新单位' },
    };
    failNthPut(SAMPLE_APPLICANTS.length + 3); // after the cleared stores, the settings and every applicant
    const err = (await store.restore(file, 'replace').catch((e: unknown) => e)) as StoreError;
    expect(err.code).toBe('quota');
    IDBObjectStore.prototype.put = originalPut;
    const after = await store.backup();
    expect({ ...after, exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
    store.close();
  });
});
