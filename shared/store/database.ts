import { openDB, type IDBPDatabase } from 'idb';
import { StoreError, toStoreError } from './errors';
import { MIGRATIONS } from './migrations';
import { DB_VERSION, type DeskDB } from './schema';

export interface OpenOptions {
  /** Another connection (a newer version in another tab) needs this one closed. */
  onBlocking?: () => void;
  /** The browser closed the connection (e.g. the profile's storage was cleared). */
  onTerminated?: () => void;
}

/**
 * Opens `name` at `version`, running each migration step from the stored version up. Tests open at an older version
 * to build a database as older code left it.
 */
export async function openDatabase(name: string, version = DB_VERSION, options: OpenOptions = {}): Promise<IDBPDatabase<DeskDB>> {
  if (!Number.isInteger(version) || version < 1 || version > MIGRATIONS.length) {
    throw new RangeError(`No migration path to database version ${version}`);
  }
  let migrationError: unknown;
  let rejectBlocked: ((e: StoreError) => void) | undefined;
  const blocked = new Promise<never>((_, reject) => (rejectBlocked = reject));
  blocked.catch(() => {});

  const opening = openDB<DeskDB>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      const anyDb = db as unknown as IDBPDatabase<unknown>;
      const anyTx = tx as unknown as Parameters<(typeof MIGRATIONS)[number]>[1];
      tx.done.catch(() => {}); // an aborted upgrade is reported through the open request
      let chain = Promise.resolve();
      for (let v = oldVersion; v < (newVersion ?? version); v++) chain = chain.then(() => MIGRATIONS[v]!(anyDb, anyTx));
      chain.catch((e: unknown) => {
        migrationError = e;
        try {
          tx.abort();
        } catch {
          // already finished
        }
      });
    },
    blocked() {
      rejectBlocked?.(
        new StoreError('blocked', '本机数据库正在被其他页面使用，无法升级。请关闭其他打开本扩展的标签页或窗口后重试。', {
          detail: `open of ${name} v${version} blocked by an older connection`,
        }),
      );
    },
    blocking() {
      options.onBlocking?.();
    },
    terminated() {
      options.onTerminated?.();
    },
  });

  try {
    return await Promise.race([opening, blocked]);
  } catch (e) {
    // A blocked open may still succeed later: do not leave that connection open.
    opening.then((db) => db.close(), () => {});
    if (migrationError !== undefined) {
      throw new StoreError('unknown', '本机数据库升级失败，数据保持原样未改动。请把问题报告给开发者。', {
        cause: migrationError,
        detail: `migration of ${name} to v${version} failed: ${String((migrationError as Error)?.message ?? migrationError)}`,
      });
    }
    throw toStoreError(e);
  }
}
