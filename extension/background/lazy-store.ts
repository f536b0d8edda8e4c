import { openStore, type Store } from '../../shared/store';
import type { CaptureStore } from './capture';

/**
 * The store, opened on first use and reopened after a failure (a service worker wakes often; a failed open, e.g.
 * blocked by an upgrade in another tab, must not poison it until restart).
 */
export function lazyStore(open: () => Promise<Store> = () => openStore()): CaptureStore {
  let pending: Promise<Store> | undefined;
  const get = (): Promise<Store> => {
    pending ??= open().catch((e: unknown) => {
      pending = undefined;
      throw e;
    });
    return pending;
  };
  return {
    listApplicants: async () => (await get()).listApplicants(),
    listRecords: async (applicantId?: string) => (await get()).listRecords(applicantId),
    putRecord: async (record) => (await get()).putRecord(record),
  };
}
