import type { IDBPDatabase } from 'idb';
import type { z } from 'zod';
import {
  Applicant,
  describeApplicantIssues,
  SCHEMA_VERSION,
  Settings,
  VerificationRecord,
  zhErrors,
  type ApplicantInput,
  type Backup,
} from '../model';
import { parseBackup } from './backup-file';
import { openDatabase } from './database';
import { StoreError, toStoreError } from './errors';
import { ALL_STORES, DB_NAME, SETTINGS_KEY, type DeskDB } from './schema';
import { inTransaction, requestAll } from './transaction';

export type SettingsInput = z.input<typeof Settings>;
export type RecordInput = z.input<typeof VerificationRecord>;
export type RestoreMode = 'replace' | 'merge';

/** The local database of one browser profile (or one test): applicants, verification records, settings. */
export interface Store {
  /** All applicants, ordered by id. */
  listApplicants(): Promise<Applicant[]>;
  getApplicant(id: string): Promise<Applicant | undefined>;
  /** Validates every item first; writes all of them in one transaction or none. Resolves to the stored form. */
  putApplicants(list: ApplicantInput[]): Promise<Applicant[]>;
  /** Deletes the applicant and its records together. */
  deleteApplicant(id: string): Promise<void>;
  /** Records of one applicant, or all; oldest capture first. */
  listRecords(applicantId?: string): Promise<VerificationRecord[]>;
  /** Refuses a record whose applicant or credential is not in the store. */
  putRecord(r: RecordInput): Promise<VerificationRecord>;
  deleteRecord(id: string): Promise<void>;
  getSettings(): Promise<Settings>;
  putSettings(s: SettingsInput): Promise<Settings>;
  /** Everything, read in one transaction (a consistent snapshot). */
  backup(): Promise<Backup>;
  /**
   * Checks the whole file before writing. 'replace' empties the store and loads the file; 'merge' adds or replaces
   * the file's applicants and records by id, keeps the rest, and keeps the current settings. Resolves to the counts
   * read from the file.
   */
  restore(data: unknown, mode: RestoreMode): Promise<{ applicants: number; records: number }>;
  close(): void;
}

/** Opens (creating or upgrading) the database. Several stores on one database — tabs, the worker — are fine. */
export async function openStore(dbName = DB_NAME): Promise<Store> {
  const store = new IdbStore(dbName);
  await store.connect();
  return store;
}

function invalid(message: string, detail: string): StoreError {
  return new StoreError('invalid', message, { detail });
}

function validateApplicants(list: ApplicantInput[]): Applicant[] {
  if (!Array.isArray(list)) throw invalid('保存失败：申报人数据应为列表。', 'putApplicants expects an array');
  return list.map((input, i) => {
    const r = Applicant.safeParse(input, { error: zhErrors });
    if (r.success) return r.data;
    const name = typeof (input as { name?: unknown })?.name === 'string' ? `（${(input as { name: string }).name}）` : '';
    throw invalid(`保存失败，全部未保存：第${i + 1}个申报人${name}的数据有误：${describeApplicantIssues(r.error, input)}`, r.error.message);
  });
}

class IdbStore implements Store {
  private db: Promise<IDBPDatabase<DeskDB>> | null = null;
  private closed = false;

  constructor(private readonly name: string) {}

  async connect(): Promise<IDBPDatabase<DeskDB>> {
    if (this.closed) throw new StoreError('unknown', '本地数据库已关闭，请刷新页面后重试。', { detail: 'store used after close()' });
    if (!this.db) {
      const opening = openDatabase(this.name, undefined, {
        // A newer version wants to upgrade (the extension was updated in another tab): step aside, reopen on next use.
        onBlocking: () => {
          void opening.then((db) => db.close());
          if (this.db === opening) this.db = null;
        },
        onTerminated: () => {
          if (this.db === opening) this.db = null;
        },
      });
      this.db = opening;
      opening.catch(() => {
        if (this.db === opening) this.db = null;
      });
    }
    return this.db;
  }

  private async read<T>(fn: (db: IDBPDatabase<DeskDB>) => Promise<T>): Promise<T> {
    const db = await this.connect();
    try {
      return await fn(db);
    } catch (e) {
      throw toStoreError(e);
    }
  }

  listApplicants(): Promise<Applicant[]> {
    return this.read((db) => db.getAll('applicants'));
  }

  getApplicant(id: string): Promise<Applicant | undefined> {
    return this.read((db) => db.get('applicants', id));
  }

  async putApplicants(list: ApplicantInput[]): Promise<Applicant[]> {
    const applicants = validateApplicants(list);
    const ids = applicants.map((a) => a.id);
    if (new Set(ids).size !== ids.length) throw invalid('保存失败，全部未保存：同一批申报人中有重复的编号。', `duplicate ids in ${ids.join(',')}`);
    const db = await this.connect();
    await inTransaction(db, ['applicants'], 'readwrite', async (tx) => {
      const store = tx.objectStore('applicants');
      await requestAll(applicants, (a) => store.put(a));
    });
    return applicants;
  }

  async deleteApplicant(id: string): Promise<void> {
    const db = await this.connect();
    await inTransaction(db, ['applicants', 'records'], 'readwrite', async (tx) => {
      const records = tx.objectStore('records');
      const keys = await records.index('byApplicant').getAllKeys(id);
      await requestAll(keys, (k) => records.delete(k));
      await tx.objectStore('applicants').delete(id);
    });
  }

  async listRecords(applicantId?: string): Promise<VerificationRecord[]> {
    const list = await this.read((db) =>
      applicantId === undefined ? db.getAll('records') : db.getAllFromIndex('records', 'byApplicant', applicantId),
    );
    return list.sort((a, b) => a.capturedAt.localeCompare(b.capturedAt) || a.id.localeCompare(b.id));
  }

  async putRecord(input: RecordInput): Promise<VerificationRecord> {
    const parsed = VerificationRecord.safeParse(input, { error: zhErrors });
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw invalid(`查验记录未保存：${first?.path.join('.') ?? ''} ${first?.message ?? ''}`.trim(), parsed.error.message);
    }
    const record = parsed.data;
    const db = await this.connect();
    await inTransaction(db, ['applicants', 'records'], 'readwrite', async (tx) => {
      const applicant = await tx.objectStore('applicants').get(record.applicantId);
      if (!applicant) throw invalid('查验记录未保存：对应的申报人不在本机数据中（可能已被删除）。', `no applicant ${record.applicantId}`);
      if (!applicant.credentials.some((c) => c.id === record.credentialId)) {
        throw invalid(`查验记录未保存：申报人“${applicant.name}”没有这条学历/学位（可能已被修改）。`, `no credential ${record.credentialId}`);
      }
      await tx.objectStore('records').put(record);
    });
    return record;
  }

  async deleteRecord(id: string): Promise<void> {
    const db = await this.connect();
    await inTransaction(db, ['records'], 'readwrite', (tx) => tx.objectStore('records').delete(id));
  }

  async getSettings(): Promise<Settings> {
    const row = await this.read((db) => db.get('settings', SETTINGS_KEY));
    return row ?? Settings.parse({});
  }

  async putSettings(input: SettingsInput): Promise<Settings> {
    const parsed = Settings.safeParse(input, { error: zhErrors });
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw invalid(`设置未保存：${first?.path.join('.') ?? ''} ${first?.message ?? ''}`.trim(), parsed.error.message);
    }
    const db = await this.connect();
    await inTransaction(db, ['settings'], 'readwrite', (tx) => tx.objectStore('settings').put(parsed.data, SETTINGS_KEY));
    return parsed.data;
  }

  async backup(): Promise<Backup> {
    const db = await this.connect();
    return inTransaction(db, ALL_STORES, 'readonly', async (tx) => {
      const [applicants, records, settings] = await Promise.all([
        tx.objectStore('applicants').getAll(),
        tx.objectStore('records').getAll(),
        tx.objectStore('settings').get(SETTINGS_KEY),
      ]);
      return {
        schemaVersion: SCHEMA_VERSION,
        app: 'zhicheng-desk' as const,
        exportedAt: new Date().toISOString(),
        applicants,
        records,
        settings: settings ?? Settings.parse({}),
      };
    });
  }

  async restore(data: unknown, mode: RestoreMode): Promise<{ applicants: number; records: number }> {
    if (mode !== 'replace' && mode !== 'merge') throw invalid('恢复方式应为“替换”或“合并”。', `bad restore mode ${String(mode)}`);
    const file = parseBackup(data);
    const db = await this.connect();
    await inTransaction(db, ALL_STORES, 'readwrite', async (tx) => {
      const applicants = tx.objectStore('applicants');
      const records = tx.objectStore('records');
      // Every record must point at a credential that is there after the restore: the file's applicants replace stored
      // ones of the same id; in merge mode the others stay, with their records.
      const credentials = new Map<string, Set<string>>();
      const stored = mode === 'merge' ? await applicants.getAll() : [];
      for (const a of [...stored, ...file.applicants]) credentials.set(a.id, new Set(a.credentials.map((c) => c.id)));
      const kept = mode === 'merge' ? await records.getAll() : [];
      const orphan = [...file.records, ...kept].find((r) => !credentials.get(r.applicantId)?.has(r.credentialId));
      if (orphan) {
        const whose = credentials.has(orphan.applicantId) ? `所属的学历/学位${orphan.credentialId}` : `所属的申报人${orphan.applicantId}`;
        const where = file.records.includes(orphan) ? '' : '（本机已有的记录）';
        throw invalid(
          `备份文件无法恢复，数据未改动：查验记录${orphan.id}${where}${whose}在恢复后将不存在。`,
          `orphan record ${orphan.id}`,
        );
      }
      if (mode === 'replace') {
        await Promise.all([applicants.clear(), records.clear(), tx.objectStore('settings').clear()]);
        await tx.objectStore('settings').put(file.settings, SETTINGS_KEY);
      }
      await requestAll(file.applicants, (a) => applicants.put(a));
      await requestAll(file.records, (r) => records.put(r));
    });
    return { applicants: file.applicants.length, records: file.records.length };
  }

  close(): void {
    this.closed = true;
    const db = this.db;
    this.db = null;
    void db?.then((d) => d.close(), () => {});
  }
}
