// A roster (who applies) and a backup (what was captured on the sites) come from different tools and carry different
// ids: records follow their applicant by ID number and their credential by kind and certificate number.
import {
  Settings,
  credentialDate,
  credentialLevel,
  type Applicant,
  type Backup,
  type Credential,
  type VerificationRecord,
} from '../../shared/model';
import { normaliseCertNo } from '../../shared/text/normalize';

export interface ExportData {
  applicants: Applicant[];
  records: VerificationRecord[];
  settings: Settings;
}

export interface MergeResult extends ExportData {
  /** Records of the backup whose applicant or credential is not in the roster (left out). */
  unmatchedRecords: number;
}

/** Same credential in two lists: same kind, and the same certificate number, or (no number) same level, date, school. */
function credentialKey(c: Credential): string {
  const no = normaliseCertNo(c.certNo);
  return no ? `${c.kind}#${no}` : `${c.kind}|${credentialLevel(c)}|${credentialDate(c)}|${c.school.trim()}`;
}

const personKey = (a: Applicant) => a.idNumber.trim().toUpperCase();

/**
 * Roster applicants with the backup's records re-pointed to them. Without a roster, the backup's own applicants;
 * without a backup, no records and default settings.
 */
export function mergeRosterAndBackup(roster: Applicant[] | null, backup: Backup | null): MergeResult {
  const settings = backup?.settings ?? Settings.parse({});
  if (!roster) return { applicants: backup?.applicants ?? [], records: backup?.records ?? [], settings, unmatchedRecords: 0 };
  if (!backup) return { applicants: roster, records: [], settings, unmatchedRecords: 0 };

  const rosterByPerson = new Map(roster.map((a) => [personKey(a), a]));
  /** backup applicant id → backup credential id → [roster applicant id, roster credential id] */
  const target = new Map<string, Map<string, [string, string]>>();
  for (const b of backup.applicants) {
    const r = rosterByPerson.get(personKey(b));
    if (!r) continue;
    const rosterCreds = new Map(r.credentials.map((c) => [credentialKey(c), c.id]));
    const m = new Map<string, [string, string]>();
    for (const c of b.credentials) {
      const id = rosterCreds.get(credentialKey(c));
      if (id) m.set(c.id, [r.id, id]);
    }
    target.set(b.id, m);
  }
  const records: VerificationRecord[] = [];
  let unmatchedRecords = 0;
  for (const rec of backup.records) {
    const t = target.get(rec.applicantId)?.get(rec.credentialId);
    if (t) records.push({ ...rec, applicantId: t[0], credentialId: t[1] });
    else unmatchedRecords++;
  }
  return { applicants: roster, records, settings, unmatchedRecords };
}
