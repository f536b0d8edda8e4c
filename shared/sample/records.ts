// Verification records of the sample applicants as the sites would show them, for tests, the demo's states and the
// bench: every field the report shows, taken from what the applicant declared, then changed where a case needs it.
import {
  SCHEMA_VERSION,
  VerificationRecord,
  idBirthDate,
  type Applicant,
  type Credential,
  type PageOutcome,
  type PageRead,
  type ReadField,
  type ReportFieldKey,
  type Resolution,
} from '../model';
import { REPORT_FIELDS } from '../model';
import { matchPage } from '../rules/match';
import { SAMPLE_APPLICANTS, sampleCredential } from './applicants';

export interface SampleRecordOptions {
  capturedAt: string;
  id?: string;
  /** A page that is not a report (invalid code, expired…). */
  pageOutcome?: PageOutcome;
  /** Fields shown differently from the declaration, as raw page text. */
  changed?: Partial<Record<ReportFieldKey, string>>;
  /** Fields the page draws as images. */
  images?: readonly ReportFieldKey[];
  confirmedByEye?: readonly ReportFieldKey[];
  resolution?: Resolution;
}

/** What the report shows for a credential, as the applicant declared it. */
function shownFields(a: Applicant, c: Credential): Partial<Record<ReportFieldKey, string>> {
  const common = { name: a.name, gender: a.gender, birthDate: idBirthDate(a.idNumber), certNo: c.certNo, major: c.major };
  if (c.kind === 'xueli') {
    return { ...common, school: c.school, level: c.level, studyMode: c.studyMode, gradDate: c.gradDate, ...(c.enrolDate ? { enrolDate: c.enrolDate } : {}) };
  }
  return { ...common, awardingUnit: c.school, degree: `${c.degreeField}${c.degree}学位`, degreeDate: c.degreeDate };
}

export function sampleRecord(applicant: Applicant, credential: Credential, o: SampleRecordOptions): VerificationRecord {
  const images = new Set(o.images ?? []);
  const fields: Partial<Record<ReportFieldKey, ReadField>> = {};
  const outcome = o.pageOutcome ?? 'report';
  if (outcome === 'report') {
    for (const [k, raw] of Object.entries({ ...shownFields(applicant, credential), ...o.changed }) as [ReportFieldKey, string][]) {
      const image = images.has(k);
      fields[k] = { label: REPORT_FIELDS[k].label, raw: image ? '' : raw, value: image ? null : raw, image };
    }
  }
  const pageKind = outcome !== 'report' ? 'error-page' : credential.kind === 'xueli' ? 'xueli-report' : 'xuewei-report';
  const vcode = 'A1B2C3D4E5F6G7H8';
  const read: PageRead = { kind: pageKind, outcome, vcode, fields, warnings: [] };
  const confirmedByEye = [...(o.confirmedByEye ?? [])];
  const m = matchPage(read, applicant, credential, { confirmedByEye });
  return VerificationRecord.parse({
    schemaVersion: SCHEMA_VERSION,
    id: o.id ?? `${credential.id}@${o.capturedAt}`,
    applicantId: applicant.id,
    credentialId: credential.id,
    site: 'chsi',
    pageKind,
    pageOutcome: outcome,
    url: `https://www.chsi.com.cn/xlcx/bg.do?vcode=${vcode}`,
    capturedAt: o.capturedAt,
    fields,
    vcode: outcome === 'report' ? vcode : null,
    sha256: 'a'.repeat(64),
    outcome: m.outcome,
    comparison: m.comparison,
    confirmedByEye,
    ...(o.resolution ? { resolution: o.resolution } : {}),
  });
}

const AT = '2026-10-12T09:30:00+08:00';
const rec = (credentialId: string, o: Partial<SampleRecordOptions> = {}) => {
  const { applicant, credential } = sampleCredential(credentialId);
  return sampleRecord(applicant, credential, { capturedAt: AT, ...o });
};

/**
 * The sample's lookups, one case each: most credentials agree; a04's name is an image not yet confirmed (待目视核对);
 * a06's 专业 differs and the clerk explained it (不一致（已说明）); a09's school differs, unexplained (不一致); a08's
 * degree was not found (未查到 → archive review); a10 has not been looked up (待查验).
 */
export const SAMPLE_RECORDS: readonly VerificationRecord[] = [
  ...['a02-xl1', 'a02-xw1', 'a03-xl1', 'a03-xw1', 'a04-xl1', 'a04-xw1', 'a04-xw2', 'a05-xl1', 'a05-xl2', 'a06-xw1', 'a08-xl1'].map((id) => rec(id)),
  ...['a11-xl1', 'a12-xl1', 'a12-xw1', 'a13-xl1', 'a14-xl1', 'a15-xl1', 'a16-xl1', 'a16-xl2', 'a16-xw2', 'a17-xl1', 'a17-xw1'].map((id) => rec(id)),
  ...['a18-xl1', 'a18-xw1', 'a18-xl2', 'a18-xw2', 'a19-xl1', 'a19-xl2', 'a20-xl1', 'a20-xw1', 'a20-xw2'].map((id) => rec(id)),
  rec('a04-xl2', { images: ['name'] }),
  rec('a06-xl1', {
    changed: { major: '临床医学（儿科方向）' },
    resolution: { action: 'explained', note: '专业名称含培养方向，与毕业证书一致', fields: ['major'], at: '2026-10-12T10:00:00+08:00' },
  }),
  rec('a09-xl1', { changed: { school: '滨海师范大学' } }),
  rec('a08-xw1', { pageOutcome: 'invalid-code' }),
];

/** The sample applicants and their records, as a store or backup holds them. */
export const SAMPLE_DATA = { applicants: SAMPLE_APPLICANTS, records: SAMPLE_RECORDS };
