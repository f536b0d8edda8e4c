// The local store: IndexedDB through idb, used by the extension's worker and pages (and by tests on fake-indexeddb).
export { openStore, type Store, type RecordInput, type RestoreMode, type SettingsInput } from './store';
export { StoreError, type StoreErrorCode } from './errors';
export { DB_NAME, DB_VERSION } from './schema';
