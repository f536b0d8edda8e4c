// What a roster carries of an applicant, and how a re-imported row joins what the store already holds.
import { Applicant, type Credential } from '../model';
import { normaliseCertNo } from '../text/normalize';
import { GROUP_KEYS, ROSTER_APPLICANT_KEYS } from './columns';
import { applicantIdFor, credentialIdFor } from './ids';
import { slotted } from './slots';

function pick<T extends object>(o: T, keys: readonly string[]): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if ((o as Record<string, unknown>)[k] !== undefined) out[k] = (o as Record<string, unknown>)[k];
  return out as Partial<T>;
}

function omit<T extends object>(o: T, keys: readonly string[]): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k))) as Partial<T>;
}

/**
 * The applicant as a roster carries it, i.e. what importing its exported row gives: the roster's fields, an id from
 * the ID number, the credentials in group order with group ids, and no histories.
 */
export function rosterPart(a: Applicant): Applicant {
  const id = applicantIdFor(a.idNumber);
  return Applicant.parse({
    ...pick(a, ROSTER_APPLICANT_KEYS),
    id,
    credentials: slotted(a.credentials).map(({ credential, slot }) => ({
      ...pick(credential, GROUP_KEYS[credential.kind]),
      kind: credential.kind,
      id: credentialIdFor(id, slot.kind, slot.slot),
    })),
  });
}

/**
 * Imported applicants joined with the ones already stored, ready for `store.putApplicants` once the user accepts.
 * An imported applicant whose ID number (or id) is already stored keeps the stored id, histories and any field the
 * roster does not carry. Its credentials are matched to stored ones of the same kind by certificate number, else by
 * column group, and keep their ids (so verification records stay attached); stored credentials the roster does not
 * mention are kept — an import never deletes. Pure: writes nothing.
 */
export function mergeRoster(existing: readonly Applicant[], imported: readonly Applicant[]): Applicant[] {
  const byIdNumber = new Map(existing.map((a) => [a.idNumber, a]));
  const byId = new Map(existing.map((a) => [a.id, a]));
  return imported.map((incoming) => {
    const old = byIdNumber.get(incoming.idNumber) ?? byId.get(incoming.id);
    if (!old) return incoming;
    const oldSlots = slotted(old.credentials);
    const taken = new Set<string>();
    const fresh_ = slotted(incoming.credentials);
    const pairs = new Map<Credential, Credential>();
    // Certificate numbers first, for every credential, so a new one in a lower group cannot take the group of a
    // stored one that is merely listed lower now; then, for those without a match, the same kind's column group.
    const claim = (c: Credential, found: { credential: Credential } | undefined) => {
      if (!found) return;
      taken.add(found.credential.id);
      pairs.set(c, found.credential);
    };
    const free = (c: Credential) => oldSlots.filter((o) => o.credential.kind === c.kind && !taken.has(o.credential.id));
    for (const { credential: c } of fresh_) {
      const no = normaliseCertNo(c.certNo);
      if (no) claim(c, free(c).find((o) => normaliseCertNo(o.credential.certNo) === no));
    }
    for (const { credential: c, slot } of fresh_) {
      if (!pairs.has(c)) claim(c, free(c).find((o) => o.slot.slot === slot.slot));
    }
    const replaced = new Map<string, Credential>();
    const added: Credential[] = [];
    for (const { credential: c } of fresh_) {
      const match = pairs.get(c);
      if (match) {
        const kept = omit(match, GROUP_KEYS[c.kind]);
        replaced.set(match.id, { ...kept, ...c, id: match.id } as Credential);
      } else {
        added.push(c);
      }
    }
    const ids = new Set(old.credentials.map((c) => c.id));
    const fresh = added.map((c) => {
      let n = 1;
      let id = credentialIdFor(old.id, c.kind, n);
      while (ids.has(id)) id = credentialIdFor(old.id, c.kind, ++n);
      ids.add(id);
      return { ...c, id };
    });
    return {
      ...(omit(old, ROSTER_APPLICANT_KEYS) as Applicant),
      ...pick(incoming, ROSTER_APPLICANT_KEYS),
      id: old.id,
      credentials: [...old.credentials.map((c) => replaced.get(c.id) ?? c), ...fresh],
    };
  });
}
