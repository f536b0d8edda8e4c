import type { DBSchema } from 'idb';
import type { Applicant, Settings, VerificationRecord } from '../model';

export const DB_NAME = 'zhicheng-desk';
/** The database layout version (IndexedDB's own version number); MIGRATIONS has one step per version. */
export const DB_VERSION = 2;
/** The settings store holds one row under this key. */
export const SETTINGS_KEY = 'settings';

/** The current (v2) layout. */
export interface DeskDB extends DBSchema {
  applicants: { key: string; value: Applicant };
  records: { key: string; value: VerificationRecord; indexes: { byApplicant: string; byCredential: string } };
  settings: { key: string; value: Settings };
}

export type StoreName = 'applicants' | 'records' | 'settings';
export const ALL_STORES: StoreName[] = ['applicants', 'records', 'settings'];
