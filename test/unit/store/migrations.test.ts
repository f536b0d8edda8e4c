import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { Settings } from '../../../shared/model';
import { SAMPLE_APPLICANTS, sampleApplicant } from '../../../shared/sample/applicants';
import { DB_VERSION, openStore, StoreError } from '../../../shared/store';
import { openDatabase } from '../../../shared/store/database';
import { V1_META_STORE, V1_SETTINGS_KEY } from '../../../shared/store/migrations';
import { freshName, SAMPLE_RECORDS } from './helpers';

/** A database as version-1 code left it: made by the v1 migration, filled in the v1 layout. */
async function makeV1(name: string, settings: Record<string, unknown> | null): Promise<void> {
  const db = await openDatabase(name, 1);
  const raw = db as unknown as import('idb').IDBPDatabase<unknown>;
  const tx = raw.transaction(['applicants', 'records', V1_META_STORE], 'readwrite');
  for (const a of SAMPLE_APPLICANTS) void tx.objectStore('applicants').put(a);
  for (const r of SAMPLE_RECORDS) void tx.objectStore('records').put(r);
  if (settings) void tx.objectStore(V1_META_STORE).put(settings, V1_SETTINGS_KEY);
  await tx.done;
  db.close();
}

describe('store: migrations', () => {
  it('is at version 2 with the v2 layout', async () => {
    const name = freshName('layout');
    (await openStore(name)).close();
    const db = await openDB(name);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['applicants', 'records', 'settings']);
    const tx = db.transaction('records');
    expect([...tx.store.indexNames].sort()).toEqual(['byApplicant', 'byCredential']);
    db.close();
  });

  it('upgrades a v1 database with nothing lost: rows kept, settings moved and renamed, new index filled', async () => {
    const name = freshName('v1');
    await makeV1(name, { unit: '抚顺市某设计院（虚构）', checker: '查验员甲', committee: '某评委会' });
    const store = await openStore(name);
    expect(await store.listApplicants()).toEqual([...SAMPLE_APPLICANTS].sort((a, b) => a.id.localeCompare(b.id)));
    expect(await store.listRecords()).toEqual(
      [...SAMPLE_RECORDS].sort((a, b) => a.capturedAt.localeCompare(b.capturedAt) || a.id.localeCompare(b.id)),
    );
    expect(await store.getSettings()).toEqual(Settings.parse({ unitName: '抚顺市某设计院（虚构）', checker: '查验员甲', committee: '某评委会' }));
    store.close();
    const db = await openDB(name);
    expect(db.objectStoreNames.contains(V1_META_STORE)).toBe(false);
    const byCred = await db.getAllFromIndex('records', 'byCredential', 'a04-xw2');
    expect(byCred.map((r: { id: string }) => r.id)).toEqual(['r-a04-xw2-0']);
    db.close();
  });

  it('upgrades a v1 database that never saved settings', async () => {
    const name = freshName('v1-nosettings');
    await makeV1(name, null);
    const store = await openStore(name);
    expect((await store.getSettings()).unitName).toBe('');
    expect(await store.listApplicants()).toHaveLength(SAMPLE_APPLICANTS.length);
    store.close();
  });

  it('a failing migration leaves the database at v1 with its data', async () => {
    const name = freshName('v1-bad');
    await makeV1(name, { unit: 'x'.repeat(500) }); // longer than Settings allows
    const err = (await openStore(name).catch((e: unknown) => e)) as StoreError;
    expect(err).toBeInstanceOf(StoreError);
    expect(err.message).toContain('升级失败');
    expect(err.detail).toContain('migration');
    const db = await openDB(name);
    expect(db.version).toBe(1);
    expect(db.objectStoreNames.contains(V1_META_STORE)).toBe(true);
    expect(await db.count('applicants')).toBe(SAMPLE_APPLICANTS.length);
    db.close();
  });

  it('reports a database made by a newer version as a version error', async () => {
    const name = freshName('newer');
    (await openDB(name, DB_VERSION + 1)).close();
    const err = (await openStore(name).catch((e: unknown) => e)) as StoreError;
    expect(err.code).toBe('version');
    expect(err.message).toContain('较新版本');
  });

  it('reports an old connection that will not close as blocked', async () => {
    const name = freshName('blocked');
    await makeV1(name, null);
    const old = await openDB(name, 1); // no versionchange handler: it stays open
    const err = (await openStore(name).catch((e: unknown) => e)) as StoreError;
    expect(err.code).toBe('blocked');
    expect(err.message).toContain('其他');
    old.close();
    const store = await openStore(name);
    expect(await store.getApplicant('a01')).toEqual(sampleApplicant('a01'));
    store.close();
  });

  it('steps aside when a newer version upgrades the database from another tab', async () => {
    const name = freshName('blocking');
    const store = await openStore(name);
    await store.putApplicants([sampleApplicant('a01')]);
    const newer = await openDB(name, DB_VERSION + 1, { upgrade: () => {} });
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
    expect(((await store.listApplicants().catch((e: unknown) => e)) as StoreError).code).toBe('version');
  });
});
