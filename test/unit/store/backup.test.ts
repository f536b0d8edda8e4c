import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../shared/model';
import { SAMPLE_APPLICANTS, sampleApplicant } from '../../../shared/sample/applicants';
import { StoreError, type Store } from '../../../shared/store';
import { freshStore, recordFor, SAMPLE_RECORDS } from './helpers';

async function filled(): Promise<Store> {
  const { store } = await freshStore('backup');
  await store.putApplicants(SAMPLE_APPLICANTS);
  for (const r of SAMPLE_RECORDS) await store.putRecord(r);
  await store.putSettings({ unitName: '抚顺市某单位（虚构）', checker: '查验员甲', extraHolidayYears: { '2027': { holidays: ['2027-01-01'], workdays: [] } } });
  return store;
}

const withoutTime = <T extends { exportedAt: string }>(b: T) => ({ ...b, exportedAt: '' });

describe('store: backup and restore', () => {
  it('backup → JSON → restore is lossless over the whole sample', async () => {
    const source = await filled();
    const backup = await source.backup();
    expect(backup.schemaVersion).toBe(SCHEMA_VERSION);
    expect(backup.applicants).toHaveLength(SAMPLE_APPLICANTS.length);
    expect(backup.records).toHaveLength(SAMPLE_RECORDS.length);
    const { store: target } = await freshStore('restore');
    const counts = await target.restore(JSON.parse(JSON.stringify(backup)), 'replace');
    expect(counts).toEqual({ applicants: SAMPLE_APPLICANTS.length, records: SAMPLE_RECORDS.length });
    expect(withoutTime(await target.backup())).toEqual(withoutTime(backup));
    // And the rows themselves equal the sample they came from.
    expect(await target.getApplicant('a05')).toEqual(sampleApplicant('a05'));
    source.close();
    target.close();
  });

  it('also takes the file as JSON text, with or without the byte-order mark Windows editors add', async () => {
    const source = await filled();
    const { store: target } = await freshStore();
    await target.restore(`\uFEFF${JSON.stringify(await source.backup())}`, 'replace');
    expect(await target.listApplicants()).toHaveLength(SAMPLE_APPLICANTS.length);
  });

  it('replace drops rows not in the file; merge keeps them and keeps the settings', async () => {
    const source = await filled();
    const file = await source.backup();
    const partial = {
      ...file,
      applicants: file.applicants.filter((a) => a.id === 'a01'),
      records: file.records.filter((r) => r.applicantId === 'a01'),
      settings: { ...file.settings, unitName: '文件中的单位' },
    };
    const { store: merged } = await freshStore();
    await merged.putApplicants([sampleApplicant('a02'), { ...sampleApplicant('a01'), employer: '旧单位' }]);
    await merged.putRecord(recordFor(sampleApplicant('a02')));
    await merged.putSettings({ unitName: '本机单位' });
    await merged.restore(partial, 'merge');
    expect((await merged.listApplicants()).map((a) => a.id)).toEqual(['a01', 'a02']);
    expect((await merged.getApplicant('a01'))!.employer).toBe(sampleApplicant('a01').employer);
    expect(await merged.listRecords('a02')).toHaveLength(1);
    expect(await merged.listRecords('a01')).toHaveLength(partial.records.length);
    expect((await merged.getSettings()).unitName).toBe('本机单位');

    await merged.restore(partial, 'replace');
    expect((await merged.listApplicants()).map((a) => a.id)).toEqual(['a01']);
    expect(await merged.listRecords('a02')).toEqual([]);
    expect((await merged.getSettings()).unitName).toBe('文件中的单位');
  });

  it('a record may point at an applicant already in the store when merging, not when replacing', async () => {
    const { store } = await freshStore();
    await store.putApplicants([sampleApplicant('a02')]);
    const file = { ...(await store.backup()), applicants: [], records: [recordFor(sampleApplicant('a02'))] };
    const err = (await store.restore(file, 'replace').catch((e: unknown) => e)) as StoreError;
    expect(err.code).toBe('invalid');
    expect(err.message).toContain('所属的申报人a02在恢复后将不存在');
    expect(await store.listApplicants()).toHaveLength(1);
    await store.restore(file, 'merge');
    expect(await store.listRecords('a02')).toHaveLength(1);
  });

  it('refuses a record whose credential would not exist, in the file or kept in the store', async () => {
    const { store } = await freshStore();
    const a = sampleApplicant('a02');
    const record = recordFor(a);
    const without = { ...a, credentials: a.credentials.filter((c) => c.id !== record.credentialId) };
    // The file's record points at a credential its applicant does not have.
    const bad = { ...(await store.backup()), applicants: [without], records: [record] };
    const err = (await store.restore(bad, 'replace').catch((e: unknown) => e)) as StoreError;
    expect(err.message).toContain(`所属的学历/学位${record.credentialId}在恢复后将不存在`);
    expect(await store.listApplicants()).toEqual([]);
    // A stored record would lose its credential when the file's version of the applicant replaces the stored one.
    await store.putApplicants([a]);
    await store.putRecord(record);
    const shrink = { ...(await store.backup()), applicants: [without], records: [] };
    const err2 = (await store.restore(shrink, 'merge').catch((e: unknown) => e)) as StoreError;
    expect(err2.message).toContain('本机已有的记录');
    expect(await store.listRecords('a02')).toHaveLength(1);
    expect((await store.listApplicants())[0]!.credentials).toHaveLength(a.credentials.length);
  });

  describe('a bad file changes nothing', () => {
    const cases: [string, (b: Record<string, unknown>) => unknown, StoreError['code'], string][] = [
      ['a newer data version', (b) => ({ ...b, schemaVersion: SCHEMA_VERSION + 1 }), 'version', '较新版本'],
      ['no data version', (b) => ({ ...b, schemaVersion: undefined }), 'version', '不受支持'],
      ['another program', (b) => ({ ...b, app: 'other' }), 'invalid', '不是职称核验助手的备份文件'],
      ['not an object', () => 42, 'invalid', '不是职称核验助手的备份文件'],
      ['not JSON', () => '{"app": "zhicheng-desk", ', 'invalid', '不是有效的JSON'],
      [
        'a bad date deep in one applicant',
        (b) => {
          const applicants = structuredClone(b.applicants) as { credentials: { gradDate?: string }[] }[];
          applicants[3]!.credentials[0]!.gradDate = '2010年7月';
          return { ...b, applicants };
        },
        'invalid',
        '申报人第4个（陈𠮷祥）“学历学位第1项·毕(结)业日期”',
      ],
      ['a bad record', (b) => ({ ...b, records: [...(b.records as object[]), { id: 'x' }] }), 'invalid', '查验记录第'],
      ['duplicate applicant ids', (b) => ({ ...b, applicants: [...(b.applicants as object[]), (b.applicants as object[])[0]] }), 'invalid', '编号重复'],
      ['a wrong restore mode', (b) => b, 'invalid', '恢复方式'],
    ];
    for (const [what, corrupt, code, text] of cases) {
      it(what, async () => {
        const store = await filled();
        const before = await store.backup();
        const mode = what === 'a wrong restore mode' ? ('overwrite' as 'replace') : 'replace';
        const err = (await store.restore(corrupt({ ...before, applicants: SAMPLE_APPLICANTS.slice(0, 5), records: [] }), mode).catch((e: unknown) => e)) as StoreError;
        expect(err).toBeInstanceOf(StoreError);
        expect(err.code).toBe(code);
        expect(err.message).toContain(text);
        expect(withoutTime(await store.backup())).toEqual(withoutTime(before));
        store.close();
      });
    }
  });
});
