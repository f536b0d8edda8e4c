import type { Applicant, Credential, VerificationRecord } from '../../shared/model';
import type { matchPage as MatchPage } from '../../shared/rules';
import { readOfRecord } from '../../shared/rules/credential-state';

/**
 * The user looked at a value the page drew as an image and says it agrees: remember that and compare again (with the
 * applicant's data as it is now). Only fields the page drew as images can be confirmed; anything else is ignored.
 */
export function confirmByEye(
  record: VerificationRecord,
  key: string,
  applicant: Applicant,
  credential: Credential,
  matchPage: typeof MatchPage,
): VerificationRecord {
  const isImage = (k: string) => record.fields[k as keyof typeof record.fields]?.image === true;
  const confirmedByEye = [...new Set([...record.confirmedByEye, key])].filter(isImage);
  const { outcome, comparison } = matchPage(readOfRecord(record), applicant, credential, { confirmedByEye });
  return { ...record, comparison, confirmedByEye, outcome };
}
