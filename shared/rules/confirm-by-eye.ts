// What the user's look at a value the page drew as an image changes in a record: the judgement kept, the comparison redone.
import type { Applicant, Credential, VerificationRecord } from '../model';
import { readOfRecord } from './credential-state';
import { matchPage } from './match';

/** What the user says of an image field after looking at the page: it agrees, it differs, or take that back. */
export type EyeVerdict = 'same' | 'different' | null;

/**
 * The user looked at a value the page drew as an image: remember what they said and compare again (with the
 * applicant's data as it is now). Only fields the page drew as images can be judged; anything else is ignored.
 */
export function judgeByEye(
  record: VerificationRecord,
  key: string,
  verdict: EyeVerdict,
  applicant: Applicant,
  credential: Credential,
): VerificationRecord {
  const isImage = (k: string) => record.fields[k as keyof typeof record.fields]?.image === true;
  const without = (list: readonly string[]) => list.filter((k) => k !== key && isImage(k));
  const confirmedByEye = [...without(record.confirmedByEye), ...(verdict === 'same' && isImage(key) ? [key] : [])];
  const differentByEye = [...without(record.differentByEye), ...(verdict === 'different' && isImage(key) ? [key] : [])];
  const { outcome, comparison } = matchPage(readOfRecord(record), applicant, credential, { confirmedByEye, differentByEye });
  return { ...record, comparison, confirmedByEye, differentByEye, outcome };
}
