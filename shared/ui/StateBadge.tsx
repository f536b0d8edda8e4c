// The badge that shows a credential's state (or a page's outcome) on both pages: its label and its tone.
import { OUTCOME_LABELS, type Outcome } from '../model';
import { CREDENTIAL_STATE_LABELS, type CredentialState } from '../rules/credential-state';

/**
 * What a badge shows: a credential's state as the domain derives it (shared/rules/credential-state), or, for a page
 * not yet tied to a credential, the page's own outcome. The pages decide nothing themselves.
 */
export type BadgeState = CredentialState | Outcome;

export const STATE_LABELS: Record<BadgeState, string> = { ...OUTCOME_LABELS, ...CREDENTIAL_STATE_LABELS };

/** How a state looks: good, bad, attention, neutral (each page's stylesheet colours the tones). */
export const STATE_TONES: Record<BadgeState, 'ok' | 'bad' | 'warn' | 'none'> = {
  pending: 'none',
  archive: 'warn',
  confirm: 'warn',
  match: 'ok',
  explained: 'warn',
  verified: 'ok',
  mismatch: 'bad',
  'not-found': 'bad',
  expired: 'warn',
  error: 'warn',
};

export function StateBadge({ state }: { state: BadgeState }) {
  return <span class={`badge tone-${STATE_TONES[state]}`}>{STATE_LABELS[state]}</span>;
}
