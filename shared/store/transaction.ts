import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { pickError, toStoreError } from './errors';
import type { DeskDB, StoreName } from './schema';

export type Tx<S extends StoreName[], M extends IDBTransactionMode> = IDBPTransaction<DeskDB, S, M>;

/**
 * Runs `body` in one transaction and resolves once it has committed. Any failure — thrown by `body`, by a request,
 * or by the commit (where browsers report a full disk) — aborts the whole transaction, so nothing is half-written.
 */
export async function inTransaction<S extends StoreName[], M extends IDBTransactionMode, T>(
  db: IDBPDatabase<DeskDB>,
  stores: S,
  mode: M,
  body: (tx: Tx<S, M>) => Promise<T>,
): Promise<T> {
  let tx: Tx<S, M>;
  try {
    tx = db.transaction(stores, mode);
  } catch (e) {
    throw toStoreError(e);
  }
  tx.done.catch(() => {}); // awaited below; this only keeps an abort from being reported as unhandled
  try {
    const result = await body(tx);
    await tx.done;
    return result;
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // already committed or aborted
    }
    const txError = await tx.done.then(
      () => undefined,
      (err: unknown) => err,
    );
    throw toStoreError(pickError(e, txError));
  }
}

/**
 * Issues one request per item before awaiting any. If issuing throws part-way (a full disk can make `put` throw),
 * the requests already issued are still observed, so their aborts are not reported as unhandled.
 */
export async function requestAll<T>(items: readonly T[], request: (item: T) => Promise<unknown>): Promise<void> {
  const pending: Promise<unknown>[] = [];
  try {
    for (const item of items) pending.push(request(item));
  } catch (e) {
    for (const p of pending) p.catch(() => {});
    throw e;
  }
  await Promise.all(pending);
}
