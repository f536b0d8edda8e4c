import { SCHEMA_VERSION, type Applicant, type VerificationRecord } from '../../../shared/model';
import { SAMPLE_APPLICANTS } from '../../../shared/sample/applicants';
import { openStore, type Store } from '../../../shared/store';

let n = 0;
/** A database name no other test uses. */
export const freshName = (label = 'db'): string => `test-${label}-${++n}-${Date.now()}`;

export async function freshStore(label?: string): Promise<{ store: Store; name: string }> {
  const name = freshName(label);
  return { store: await openStore(name), name };
}

/** A valid record of one credential of `a` (the i-th capture). */
export function recordFor(a: Applicant, credentialIndex = 0, i = 0): VerificationRecord {
  const c = a.credentials[credentialIndex]!;
  return {
    schemaVersion: SCHEMA_VERSION,
    id: `r-${c.id}-${i}`,
    applicantId: a.id,
    credentialId: c.id,
    site: 'chsi',
    pageKind: c.kind === 'xueli' ? 'xueli-report' : 'xuewei-report',
    pageOutcome: 'report',
    url: 'https://www.chsi.com.cn/xlcx/bg.do?vcode=A1B2C3D4E5F6G7H8',
    capturedAt: new Date(Date.UTC(2026, 4, 1, 8, 0, i)).toISOString(),
    fields: { name: { label: '姓名', raw: a.name, value: a.name, image: false } },
    vcode: 'A1B2C3D4E5F6G7H8',
    sha256: 'a'.repeat(64),
    outcome: 'verified',
    comparison: [{ key: 'name', label: '姓名', expected: a.name, actual: a.name, status: 'match' }],
    confirmedByEye: [],
    differentByEye: [],
    warnings: [],
  };
}

/** One record per credential of every sample applicant. */
export const SAMPLE_RECORDS: VerificationRecord[] = SAMPLE_APPLICANTS.flatMap((a) => a.credentials.map((_, i) => recordFor(a, i)));
