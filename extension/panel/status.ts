import { OUTCOME_LABELS, type Outcome, type VerificationRecord } from '../../shared/model';
import type { Route } from '../../shared/rules/route';

/**
 * A credential's state in the list: no record yet, the archive route, a record's outcome — or 'confirm' for a record
 * whose readable fields all agree while some field the page drew as an image still awaits the user's eye.
 */
export type CredentialState = 'pending' | 'archive' | 'confirm' | Outcome;

export const STATE_LABELS: Record<CredentialState, string> = {
  pending: '待查验',
  archive: '需档案审查',
  confirm: '待目视核对',
  ...OUTCOME_LABELS,
};

/** How a state looks: good, bad, attention, neutral. */
export const STATE_TONES: Record<CredentialState, 'ok' | 'bad' | 'warn' | 'none'> = {
  pending: 'none',
  archive: 'warn',
  confirm: 'warn',
  verified: 'ok',
  mismatch: 'bad',
  'not-found': 'bad',
  expired: 'warn',
  error: 'warn',
};

/** Fields of a record the page drew as images and the user has not confirmed yet (matchPage marks them unreadable). */
export const awaitingEyes = (r: VerificationRecord) => r.comparison.filter((c) => c.status === 'unreadable');

/** What a record says: its outcome, except that "verified" waits for any image field to be confirmed by eye. */
export function recordState(r: VerificationRecord): CredentialState {
  return r.outcome === 'verified' && awaitingEyes(r).length > 0 ? 'confirm' : r.outcome;
}

/** A stored result wins over the route: an archive-route credential checked online anyway shows that check. */
export function credentialState(route: Route, latest: VerificationRecord | undefined): CredentialState {
  if (latest) return recordState(latest);
  return route === 'archive-review' ? 'archive' : 'pending';
}
