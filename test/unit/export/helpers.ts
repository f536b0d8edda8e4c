import { VerificationRecord, type Outcome } from '../../../shared/model';

/** A minimal valid verification record (no fields read), for tests that only need its ids, outcome and time. */
export function record(applicantId: string, credentialId: string, outcome: Outcome, capturedAt: string, id = `${credentialId}@${capturedAt}`): VerificationRecord {
  return VerificationRecord.parse({
    schemaVersion: 1,
    id,
    applicantId,
    credentialId,
    site: 'chsi',
    pageKind: 'xueli-report',
    pageOutcome: 'report',
    url: 'https://www.chsi.com.cn/xlcx/bg.do?vcode=ABCDEFGH12345678',
    capturedAt,
    fields: {},
    vcode: 'ABCDEFGH12345678',
    sha256: 'a'.repeat(64),
    outcome,
    comparison: [],
  });
}
