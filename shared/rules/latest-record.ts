// Which record of a credential counts: the newest lookup. By instant, not by string: capturedAt may carry different
// offsets (records restored from another machine's backup).
import type { VerificationRecord } from '../model';

type Dated = Pick<VerificationRecord, 'capturedAt'>;

const isNewer = (r: Dated, than: Dated | undefined): boolean => !than || Date.parse(r.capturedAt) > Date.parse(than.capturedAt);

/** The newest of `records`, or undefined for none. */
export function newest<R extends Dated>(records: Iterable<R>): R | undefined {
  let best: R | undefined;
  for (const r of records) if (isNewer(r, best)) best = r;
  return best;
}

/** The newest record of one applicant's credential. */
export function latestRecord(records: readonly VerificationRecord[], applicantId: string, credentialId: string): VerificationRecord | undefined {
  return newest(records.filter((r) => r.applicantId === applicantId && r.credentialId === credentialId));
}

/** How `latestRecords` keys its map: one credential of one applicant. */
export const recordKey = (applicantId: string, credentialId: string): string => `${applicantId}/${credentialId}`;

/** The newest record of each credential, by `recordKey`. */
export function latestRecords(records: readonly VerificationRecord[]): Map<string, VerificationRecord> {
  const out = new Map<string, VerificationRecord>();
  for (const r of records) {
    const k = recordKey(r.applicantId, r.credentialId);
    if (isNewer(r, out.get(k))) out.set(k, r);
  }
  return out;
}
