// Which credential goes in which column group: group 1 holds the highest (最高学历 / 最高学位), group 2 the first
// (第一学历 / 第一学位), further groups the rest by date.
import { CREDENTIAL_KINDS, DEGREE_LEVELS, XUELI_LEVELS, credentialDate, credentialLevel, type Credential, type CredentialKind } from '../model';
import type { Slot } from './columns';

const RANKS: Record<CredentialKind, readonly string[]> = { xueli: XUELI_LEVELS, xuewei: DEGREE_LEVELS };
/** Lower is higher: 博士研究生 0 … 专科 4. */
const rank = (c: Credential) => RANKS[c.kind].indexOf(credentialLevel(c));

/** One kind's credentials in group order. Stable: equal credentials keep their order. */
export function slotOrder<C extends Credential>(list: readonly C[]): C[] {
  if (list.length === 0) return [];
  const highest = list.reduce((best, c) => (rank(c) < rank(best) || (rank(c) === rank(best) && credentialDate(c) > credentialDate(best)) ? c : best));
  const rest = list.filter((c) => c !== highest).sort((a, b) => credentialDate(a).localeCompare(credentialDate(b)));
  return [highest, ...rest];
}

/** Every credential with its group, 学历 groups first. */
export function slotted(credentials: readonly Credential[]): { credential: Credential; slot: Slot }[] {
  return CREDENTIAL_KINDS.flatMap((kind) =>
    slotOrder(credentials.filter((c) => c.kind === kind)).map((credential, i) => ({ credential, slot: { kind, slot: i + 1 } })),
  );
}

/** How many groups of each kind a set of applicants needs (at least one each, so the columns are always there). */
export function slotsNeeded(applicants: readonly { credentials: readonly Credential[] }[]): Record<CredentialKind, number> {
  const count = (kind: CredentialKind) => Math.max(1, ...applicants.map((a) => a.credentials.filter((c) => c.kind === kind).length));
  return { xueli: count('xueli'), xuewei: count('xuewei') };
}
