// One step per database version. A step runs inside the upgrade transaction: if it throws, the upgrade is aborted
// and the database stays at its old version with its data untouched.
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { Settings } from '../model';
import { SETTINGS_KEY } from './schema';

type AnyDB = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;
export type Migration = (db: AnyDB, tx: UpgradeTx) => Promise<void> | void;

/** v1 kept settings in a key-value store `meta`, under this key, with the unit's name in `unit`. */
export const V1_META_STORE = 'meta';
export const V1_SETTINGS_KEY = 'settings';

/** MIGRATIONS[n] takes a database from version n to n + 1. */
export const MIGRATIONS: readonly Migration[] = [
  // 0 → 1: the first layout.
  (db) => {
    db.createObjectStore('applicants', { keyPath: 'id' });
    db.createObjectStore('records', { keyPath: 'id' }).createIndex('byApplicant', 'applicantId');
    db.createObjectStore(V1_META_STORE);
  },
  // 1 → 2: records get a byCredential index (the panel looks up a credential's latest record); settings move from
  // the generic `meta` store to their own store, and `unit` is renamed `unitName`.
  async (db, tx) => {
    tx.objectStore('records').createIndex('byCredential', 'credentialId');
    const settings = db.createObjectStore('settings');
    const old = (await tx.objectStore(V1_META_STORE).get(V1_SETTINGS_KEY)) as Record<string, unknown> | undefined;
    if (old) {
      const { unit, ...rest } = old;
      await settings.put(Settings.parse({ ...rest, unitName: unit ?? rest.unitName }), SETTINGS_KEY);
    }
    db.deleteObjectStore(V1_META_STORE);
  },
];
