// The office's templates, remembered in this browser (IndexedDB) with their name and date. A database of its own:
// templates are the office's files, not applicant data, so they stay out of backups and the store's migrations.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export interface SavedTemplate {
  sha256: string;
  name: string;
  /** ISO date-time it was last uploaded. */
  savedAt: string;
  bytes: Uint8Array;
}

interface Schema extends DBSchema {
  templates: { key: string; value: SavedTemplate };
}

const DB_NAME = 'zhicheng-office-templates';
let db: Promise<IDBPDatabase<Schema>> | undefined;

const open = () =>
  (db ??= openDB<Schema>(DB_NAME, 1, {
    upgrade(d) {
      d.createObjectStore('templates', { keyPath: 'sha256' });
    },
  }));

/** Newest first. */
export async function listTemplates(): Promise<SavedTemplate[]> {
  const all = await (await open()).getAll('templates');
  return all.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

export async function saveTemplate(t: SavedTemplate): Promise<void> {
  await (await open()).put('templates', t);
}

export async function deleteTemplate(sha256: string): Promise<void> {
  await (await open()).delete('templates', sha256);
}
