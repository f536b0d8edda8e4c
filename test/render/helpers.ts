// Test data for the form renderers: sample applicants (shared/sample) and realistic verification records made from them.
import { createHash } from 'node:crypto';
import {
  REPORT_FIELDS,
  SCHEMA_VERSION,
  Settings,
  VerificationRecord,
  type Applicant,
  type Credential,
  type ReadFields,
  type ReportFieldKey,
} from '../../shared/model';
import { matchPage } from '../../shared/rules';
import { normaliseDate, tidy } from '../../shared/text/normalize';
import { SAMPLE_APPLICANTS, sampleApplicant } from '../../shared/sample/applicants';

/** No office-wide 查验单位: sheets name each applicant's employer. */
export const SETTINGS: Settings = Settings.parse({ checker: '李查验', committee: '抚顺市卫生系列中级专业技术资格评审委员会' });

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const fmtDate = (iso: string) => `${iso.slice(0, 4)}年${pad(Number(iso.slice(5, 7)))}月${pad(Number(iso.slice(8, 10)))}日`;

/** A 16-character 在线验证码 derived from the credential id (stable across runs). */
export function vcodeFor(credentialId: string): string {
  return createHash('sha256').update(credentialId).digest('hex').slice(0, 16).toUpperCase();
}

/** The fields a 学信网 report shows for this credential, raw as the page prints them. */
function reportFields(a: Applicant, c: Credential): Partial<Record<ReportFieldKey, string>> {
  const birth = `${a.idNumber.slice(6, 10)}年${a.idNumber.slice(10, 12)}月${a.idNumber.slice(12, 14)}日`;
  if (c.kind === 'xueli') {
    return {
      updatedAt: '2026年10月09日',
      name: a.name,
      gender: a.gender,
      birthDate: birth,
      enrolDate: c.enrolDate ? fmtDate(c.enrolDate) : '',
      gradDate: fmtDate(c.gradDate),
      eduCategory: c.studyMode === '自学考试' ? '高等教育自学考试' : '普通高等教育',
      level: c.level,
      school: c.school,
      duration: c.level === '专科' ? '3 年' : '4 年',
      major: c.major,
      studyMode: c.studyMode,
      certNo: c.certNo,
      graduation: '毕业',
      principal: '周明远',
    };
  }
  return {
    name: a.name,
    gender: a.gender,
    birthDate: birth,
    degreeDate: fmtDate(c.degreeDate),
    awardingUnit: c.school,
    degree: `${c.degreeField}${c.degree}学位`,
    major: c.major,
    certNo: c.certNo,
  };
}

/** A record for a credential, as the extension would store it: the page agrees, or (mismatch) shows another 专业. */
export function recordFor(a: Applicant, c: Credential, opts: { mismatch?: boolean } = {}): VerificationRecord {
  const raw = { ...reportFields(a, c), ...(opts.mismatch ? { major: `${c.major}（页面）` } : {}) };
  const fields: ReadFields = {};
  for (const [k, v] of Object.entries(raw) as [ReportFieldKey, string][]) {
    const def = REPORT_FIELDS[k];
    // As the readers store a value: dates normalised, text tidied.
    fields[k] = { label: def.label, raw: v, value: 'date' in def ? normaliseDate(v) : tidy(v), image: false };
  }
  const vcode = vcodeFor(c.id);
  const pageKind = c.kind === 'xueli' ? 'xueli-report' : 'xuewei-report';
  const m = matchPage({ kind: pageKind, outcome: 'report', vcode, fields, warnings: [] }, a, c);
  return VerificationRecord.parse({
    schemaVersion: SCHEMA_VERSION,
    id: `r-${c.id}`,
    applicantId: a.id,
    credentialId: c.id,
    site: 'chsi',
    pageKind,
    pageOutcome: 'report',
    url: `https://www.chsi.com.cn/xlcx/bg.do?vcode=${vcode}`,
    capturedAt: '2026-10-12T09:41:27+08:00',
    fields,
    vcode,
    sha256: createHash('sha256').update(`page text of ${c.id}`).digest('hex'),
    outcome: m.outcome,
    comparison: m.comparison,
  });
}

export { SAMPLE_APPLICANTS, sampleApplicant };
