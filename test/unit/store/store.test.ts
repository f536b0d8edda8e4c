import { describe, expect, it } from 'vitest';
import { Settings } from '../../../shared/model';
import { SAMPLE_APPLICANTS, sampleApplicant } from '../../../shared/sample/applicants';
import { StoreError } from '../../../shared/store';
import { freshStore, recordFor } from './helpers';

describe('store: applicants', () => {
  it('puts, lists and gets applicants as parsed', async () => {
    const { store } = await freshStore();
    const stored = await store.putApplicants(SAMPLE_APPLICANTS);
    expect(stored).toEqual(SAMPLE_APPLICANTS);
    const list = await store.listApplicants();
    expect(list.map((a) => a.id)).toEqual(SAMPLE_APPLICANTS.map((a) => a.id).sort());
    expect(await store.getApplicant('a05')).toEqual(sampleApplicant('a05'));
    expect(await store.getApplicant('nope')).toBeUndefined();
    store.close();
  });

  it('applies schema defaults before storing', async () => {
    const { store } = await freshStore();
    const { study, work, training, achievements, papers, awards, result, ...bare } = sampleApplicant('a13');
    void [study, work, training, achievements, papers, awards, result];
    const [a] = await store.putApplicants([bare]);
    expect(a!.result).toBe('pending');
    expect((await store.getApplicant('a13'))!.work).toEqual([]);
    store.close();
  });

  it('refuses a batch with one invalid applicant and stores none of it, naming the field in Chinese', async () => {
    const { store } = await freshStore();
    const bad = { ...sampleApplicant('a02'), idNumber: sampleApplicant('a02').idNumber.slice(0, 17) + 'Y' };
    const err = await store.putApplicants([sampleApplicant('a01'), bad]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('invalid');
    expect((err as StoreError).message).toContain('第2个申报人（李秀英）');
    expect((err as StoreError).message).toContain('身份证号');
    expect(await store.listApplicants()).toEqual([]);
    store.close();
  });

  it('labels a bad credential field with its Chinese label', async () => {
    const { store } = await freshStore();
    const a = sampleApplicant('a03');
    const bad = { ...a, credentials: [{ ...a.credentials[0]!, gradDate: '2008/07/01' }] };
    const err = (await store.putApplicants([bad]).catch((e: unknown) => e)) as StoreError;
    expect(err.message).toContain('学历学位第1项·毕(结)业日期');
    expect(err.message).toContain('YYYY-MM-DD');
    expect(err.detail).not.toBe('');
  });

  it('refuses duplicate ids within one batch', async () => {
    const { store } = await freshStore();
    const err = (await store.putApplicants([sampleApplicant('a01'), sampleApplicant('a01')]).catch((e: unknown) => e)) as StoreError;
    expect(err.code).toBe('invalid');
    expect(await store.listApplicants()).toEqual([]);
  });

  it('replaces an applicant whole on a second put', async () => {
    const { store } = await freshStore();
    await store.putApplicants([sampleApplicant('a04')]);
    const changed = { ...sampleApplicant('a04'), employer: '新单位（虚构）', credentials: sampleApplicant('a04').credentials.slice(0, 1) };
    await store.putApplicants([changed]);
    expect(await store.getApplicant('a04')).toEqual(changed);
  });

  it('deletes an applicant together with its records, leaving others', async () => {
    const { store } = await freshStore();
    const [a, b] = [sampleApplicant('a01'), sampleApplicant('a02')];
    await store.putApplicants([a, b]);
    await store.putRecord(recordFor(a, 0));
    await store.putRecord(recordFor(a, 2));
    await store.putRecord(recordFor(b, 0));
    await store.deleteApplicant('a01');
    expect(await store.getApplicant('a01')).toBeUndefined();
    expect((await store.listRecords()).map((r) => r.applicantId)).toEqual(['a02']);
    expect(await store.listRecords('a01')).toEqual([]);
  });
});

describe('store: records', () => {
  it('lists records per applicant, oldest first', async () => {
    const { store } = await freshStore();
    const a = sampleApplicant('a01');
    await store.putApplicants([a, sampleApplicant('a02')]);
    await store.putRecord(recordFor(a, 1, 5));
    await store.putRecord(recordFor(a, 0, 2));
    await store.putRecord(recordFor(sampleApplicant('a02'), 0, 1));
    const list = await store.listRecords('a01');
    expect(list.map((r) => r.id)).toEqual(['r-a01-xl1-2', 'r-a01-xw1-5']);
    expect(await store.listRecords()).toHaveLength(3);
    await store.deleteRecord('r-a01-xl1-2');
    expect((await store.listRecords('a01')).map((r) => r.id)).toEqual(['r-a01-xw1-5']);
  });

  it('refuses a record of an unknown applicant or credential, and an invalid record', async () => {
    const { store } = await freshStore();
    const a = sampleApplicant('a02');
    const r = recordFor(a);
    expect(((await store.putRecord(r).catch((e: unknown) => e)) as StoreError).message).toContain('申报人不在本机数据中');
    await store.putApplicants([a]);
    const wrongCred = { ...r, credentialId: 'a02-xl9' };
    expect(((await store.putRecord(wrongCred).catch((e: unknown) => e)) as StoreError).message).toContain('没有这条学历/学位');
    const badUrl = { ...r, url: 'http://www.chsi.com.cn/x' };
    expect(((await store.putRecord(badUrl).catch((e: unknown) => e)) as StoreError).code).toBe('invalid');
    expect(await store.listRecords()).toEqual([]);
    await store.putRecord(r);
    expect(await store.listRecords('a02')).toEqual([r]);
  });
});

describe('store: settings', () => {
  it('gives defaults before anything is saved, then what was saved', async () => {
    const { store } = await freshStore();
    expect(await store.getSettings()).toEqual(Settings.parse({}));
    await store.putSettings({ unitName: '抚顺市某单位（虚构）', checker: '赵六' });
    expect(await store.getSettings()).toEqual(Settings.parse({ unitName: '抚顺市某单位（虚构）', checker: '赵六' }));
    const err = (await store.putSettings({ unitName: 'x'.repeat(201) }).catch((e: unknown) => e)) as StoreError;
    expect(err.code).toBe('invalid');
    expect((await store.getSettings()).unitName).toBe('抚顺市某单位（虚构）');
  });

  it('keeps data across connections', async () => {
    const { store, name } = await freshStore();
    await store.putApplicants([sampleApplicant('a06')]);
    store.close();
    await expect(store.listApplicants()).rejects.toBeInstanceOf(StoreError);
    const { openStore } = await import('../../../shared/store');
    const again = await openStore(name);
    expect(await again.getApplicant('a06')).toEqual(sampleApplicant('a06'));
    again.close();
  });
});
