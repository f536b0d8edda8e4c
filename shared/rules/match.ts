// Compare what a verification page shows with what the applicant declared, field by field, after normalisation.
import {
  CREDENTIAL_KIND_LABELS,
  DEGREE_LEVELS,
  REPORT_FIELDS,
  idBirthDate,
  type Applicant,
  type Credential,
  type DegreeLevel,
  type FieldComparison,
  type Outcome,
  type PageKind,
  type PageOutcome,
  type PageRead,
  type ReadField,
  type ReportFieldKey,
  type XueliLevel,
} from '../model';
import { normaliseCertNo, normaliseDate, squash, tidy } from '../text/normalize';

export const UNREADABLE_REASON = '页面以图片显示，请目视核对';

/** 学科门类 (the 2022 catalogue's 14), for telling 工学学士学位 from a 专业学位 such as 工程硕士. */
export const DEGREE_FIELDS = ['哲学', '经济学', '法学', '教育学', '文学', '历史学', '理学', '工学', '农学', '医学', '军事学', '管理学', '艺术学', '交叉学科'] as const;

/** Page outcomes other than a report, as verification outcomes. */
export const PAGE_OUTCOME_TO_OUTCOME: Record<Exclude<PageOutcome, 'report'>, Outcome> = {
  'invalid-code': 'not-found',
  'malformed-code': 'not-found',
  'not-found': 'not-found',
  expired: 'expired',
  closed: 'expired',
  'rate-limited': 'error',
  refused: 'error',
  unknown: 'error',
};
const PAGE_OUTCOME_REASONS: Record<Exclude<PageOutcome, 'report'>, string> = {
  'invalid-code': '在线验证码无效：请申报人核对或重新生成在线验证码',
  'malformed-code': '在线验证码格式不对：请申报人核对在线验证码',
  'not-found': '网站未查到该证书：按通知转档案审查',
  expired: '在线验证报告已过期：请申报人延长有效期或重新生成在线验证码',
  closed: '在线验证报告已被本人关闭：请申报人重新开通或生成在线验证码',
  'rate-limited': '网站要求输入验证码：请在页面上完成验证后重新查验',
  refused: '此页面不能用于查验（如学信档案页面）：请打开在线验证报告',
  unknown: '无法识别此页面：请打开在线验证报告页面',
};

/** Page kinds that can verify each credential kind. 学籍 reports prove enrolment, never a diploma. */
const REPORT_KINDS: Record<Credential['kind'], readonly PageKind[]> = {
  xueli: ['xueli-report', 'query-result'],
  xuewei: ['xuewei-report', 'legacy-degree-result', 'query-result'],
};

/** Fields each kind of report shows (../shared/sites.md); a missing one is flagged. */
const SHOWN: Partial<Record<PageKind, readonly ReportFieldKey[]>> = {
  'xueli-report': ['name', 'gender', 'birthDate', 'enrolDate', 'gradDate', 'level', 'school', 'major', 'studyMode', 'certNo'],
  'xuewei-report': ['name', 'gender', 'birthDate', 'degreeDate', 'awardingUnit', 'degree', 'major', 'certNo'],
  'legacy-degree-result': ['name', 'gender', 'birthDate', 'degreeDate', 'awardingUnit', 'degree', 'major', 'certNo'],
  // The query result's labels are inferred: require only what identifies the certificate.
  'query-result': ['name', 'certNo'],
};

export const XUELI_KEYS: readonly ReportFieldKey[] = ['name', 'gender', 'birthDate', 'certNo', 'school', 'major', 'level', 'studyMode', 'enrolDate', 'gradDate'];
export const XUEWEI_KEYS: readonly ReportFieldKey[] = ['name', 'gender', 'birthDate', 'certNo', 'awardingUnit', 'major', 'degree', 'degreeField', 'degreeDate'];

/** Names: half width, no spaces, and one middle dot for the many dots people type in 少数民族 names. */
export function normaliseName(s: string): string {
  return squash(s).replace(/[·•‧・･.\u2219\u22C5\u30FB\uFF65]/g, '·');
}

/** 层次 as the page writes it → the model's 学历 level. */
export function pageXueliLevel(raw: string): XueliLevel | null {
  const s = squash(raw).replace(/[()（）]/g, '');
  if (s.includes('第二学士')) return '第二学士学位';
  if (s.includes('博士')) return '博士研究生';
  if (s.includes('硕士')) return '硕士研究生';
  if (s.includes('本科')) return '本科';
  if (s.includes('专科') || s.includes('高职')) return '专科';
  return null;
}

/** 所授学位 / 学位层级 ("工学学士学位", "学士", "工程硕士专业学位") → level, 学科门类 (if it names one), 专业学位 flag. */
export function parsePageDegree(raw: string): { level: DegreeLevel | null; field: string | null; professional: boolean } {
  const s = squash(raw);
  const professional = s.includes('专业学位');
  const core = s.replace(/专业学位$/, '').replace(/学位$/, '');
  let level: DegreeLevel | null = null;
  let at = -1;
  for (const l of DEGREE_LEVELS) {
    const i = core.lastIndexOf(l);
    if (i > at) [level, at] = [l, i];
  }
  const prefix = at > 0 ? core.slice(0, at) : '';
  const field = (DEGREE_FIELDS as readonly string[]).includes(prefix) ? prefix : null;
  return { level, field, professional };
}

const studyModeKey = (s: string) => squash(s).replace(/^普通全日制$/, '全日制').replace(/^自考$/, '自学考试');

interface Expectation {
  expected: string;
  /** The page field holding the value, when not the field of the same key. */
  from?: ReportFieldKey;
  /** The page value in comparable form, or null if it cannot be read as one. */
  actual: (f: ReadField) => string | null;
  same: (expected: string, actual: string) => boolean;
}

const pageText = (f: ReadField) => f.value ?? tidy(f.raw);
/** What the user sees on the page, for messages. */
const shownText = (f: ReadField) => tidy(f.raw) || f.value || '';
const textField = (expected: string, norm: (s: string) => string = squash): Expectation => ({
  expected,
  actual: (f) => pageText(f),
  same: (e, a) => norm(e) === norm(a),
});
const dateField = (expected: string): Expectation => ({
  expected,
  actual: (f) => f.value ?? normaliseDate(f.raw) ?? (/^\d{4}年?$/.test(squash(f.raw)) ? squash(f.raw).slice(0, 4) : null),
  // The old degree site shows only 获学位年份: then the year is what can be compared.
  same: (e, a) => (a.length === 4 ? e.startsWith(a) : e === a),
});

/** What the applicant declared for each field the page can show; absent when the applicant declared nothing. */
function expectations(a: Applicant, c: Credential, read: PageRead): Partial<Record<ReportFieldKey, Expectation>> {
  const out: Partial<Record<ReportFieldKey, Expectation>> = {
    name: textField(a.name, normaliseName),
    gender: textField(a.gender),
    birthDate: dateField(idBirthDate(a.idNumber)),
    certNo: textField(c.certNo, normaliseCertNo),
  };
  if (c.major) out.major = textField(c.major);
  if (c.kind === 'xueli') {
    out.school = textField(c.school);
    out.level = { expected: c.level, actual: (f) => pageText(f), same: (e, p) => pageXueliLevel(p) === e };
    if (c.studyMode) out.studyMode = textField(c.studyMode, studyModeKey);
    if (c.enrolDate) out.enrolDate = dateField(c.enrolDate);
    out.gradDate = dateField(c.gradDate);
  } else {
    out.awardingUnit = textField(c.school);
    out.degree = { expected: c.degree, actual: (f) => pageText(f), same: (e, p) => parsePageDegree(p).level === e };
    if (c.degreeField) {
      // Compared when the page names a 学科门类: in its own field (old site) or inside 所授学位 ("工学学士学位").
      const same = (e: string, p: string) => squash(e) === squash(p);
      const inDegree = read.fields.degree ? parsePageDegree(pageText(read.fields.degree)).field : null;
      if (read.fields.degreeField) out.degreeField = { expected: c.degreeField, actual: pageText, same };
      else if (inDegree) {
        out.degreeField = { expected: c.degreeField, from: 'degree', actual: (f) => parsePageDegree(pageText(f)).field, same };
      }
    }
    out.degreeDate = dateField(c.degreeDate);
  }
  return out;
}

/** What the user said of image fields after looking at the page: the same, or different. */
interface ByEye {
  same: ReadonlySet<string>;
  different: ReadonlySet<string>;
}

function compareOne(key: ReportFieldKey, exp: Expectation, f: ReadField | undefined, byEye: ByEye): FieldComparison {
  const label = REPORT_FIELDS[key].label;
  const base = { key, label, expected: exp.expected || null };
  if (!f) return { ...base, actual: null, status: 'missing', reason: `页面上没有“${label}”，无法核对` };
  if (f.image) {
    if (byEye.different.has(key)) return { ...base, actual: null, status: 'mismatch', reason: `${label}不一致：页面以图片显示，经目视核对与申报不一致` };
    if (byEye.same.has(key)) return { ...base, actual: null, status: 'match', reason: '页面以图片显示，已目视核对' };
    return { ...base, actual: null, status: 'unreadable', reason: UNREADABLE_REASON };
  }
  const actual = exp.actual(f);
  const shown = shownText(f);
  if (!exp.expected) {
    return { ...base, actual: shown, status: 'mismatch', reason: `申报材料未填写“${label}”，页面为“${shown}”：请补填后再核对` };
  }
  if (actual === null || !actual) {
    return { ...base, actual: shown || null, status: 'mismatch', reason: `${label}不一致：申报为“${exp.expected}”，页面为“${shown}”（无法识别）` };
  }
  if (exp.same(exp.expected, actual)) return { ...base, actual: shown, status: 'match' };
  return { ...base, actual: shown, status: 'mismatch', reason: `${label}不一致：申报为“${exp.expected}”，页面为“${shown}”` };
}

export interface MatchResult {
  outcome: Outcome;
  comparison: FieldComparison[];
  /** Why the page did not verify, in Chinese; empty when verified. */
  reasons: string[];
}

/**
 * Compare a page with one credential of one applicant. Non-report pages map to not-found / expired / error. A field
 * drawn as an image is 'unreadable' (not a mismatch by itself) unless its key is in `confirmedByEye` (a match) or
 * `differentByEye` (a mismatch). Any mismatch,
 * or a field the report should show but does not, makes the outcome 'mismatch'.
 */
export function matchPage(
  read: PageRead,
  applicant: Applicant,
  credential: Credential,
  options: { confirmedByEye?: readonly string[]; differentByEye?: readonly string[] } = {},
): MatchResult {
  if (read.outcome !== 'report') {
    return { outcome: PAGE_OUTCOME_TO_OUTCOME[read.outcome], comparison: [], reasons: [PAGE_OUTCOME_REASONS[read.outcome]] };
  }
  if (read.kind === 'xueji-report') {
    return {
      outcome: 'error',
      comparison: [],
      reasons: [`这是《教育部学籍在线验证报告》，只能证明在籍，不能用于核验${CREDENTIAL_KIND_LABELS[credential.kind]}：请申报人提供学历证书电子注册备案表或学位在线验证报告`],
    };
  }
  if (!REPORT_KINDS[credential.kind].includes(read.kind)) {
    const other = read.kind === 'xueli-report' ? '学历' : read.kind === 'xuewei-report' || read.kind === 'legacy-degree-result' ? '学位' : null;
    return {
      outcome: 'error',
      comparison: [],
      reasons: [
        other
          ? `这是${other}报告，不能用于核验${CREDENTIAL_KIND_LABELS[credential.kind]}`
          : `此页面不是${CREDENTIAL_KIND_LABELS[credential.kind]}在线验证报告，无法核验`,
      ],
    };
  }
  const byEye: ByEye = { same: new Set(options.confirmedByEye ?? []), different: new Set(options.differentByEye ?? []) };
  const exps = expectations(applicant, credential, read);
  const shown = new Set(SHOWN[read.kind] ?? []);
  const comparison: FieldComparison[] = [];
  for (const key of credential.kind === 'xueli' ? XUELI_KEYS : XUEWEI_KEYS) {
    const exp = exps[key];
    if (!exp) continue;
    const f = read.fields[exp.from ?? key] ?? (key === 'awardingUnit' ? read.fields.school : undefined);
    // Fields this kind of page does not always show are compared only when present.
    if (!f && !shown.has(key)) continue;
    comparison.push(compareOne(key, exp, f, byEye));
  }
  const reasons = comparison.filter((x) => x.status === 'mismatch' || x.status === 'missing').map((x) => x.reason ?? x.label);
  return { outcome: reasons.length ? 'mismatch' : 'verified', comparison, reasons };
}

/**
 * The applicant and credential a page is about: by certificate number (the lookup key of the notice). When several
 * credentials carry the number, the one whose applicant's name matches the page's readable name wins. A number match
 * with a different readable name is still returned: matchPage then flags the name.
 */
export function findCredential(read: PageRead, applicants: readonly Applicant[]): { applicant: Applicant; credential: Credential } | null {
  const f = read.fields.certNo;
  if (!f || f.image) return null;
  const no = normaliseCertNo(pageText(f));
  if (!no) return null;
  const hits: { applicant: Applicant; credential: Credential }[] = [];
  for (const applicant of applicants) {
    for (const credential of applicant.credentials) {
      if (normaliseCertNo(credential.certNo) === no) hits.push({ applicant, credential });
    }
  }
  const name = read.fields.name;
  if (hits.length > 1 && name && !name.image) {
    const byName = hits.find((h) => normaliseName(h.applicant.name) === normaliseName(pageText(name)));
    if (byName) return byName;
  }
  return hits[0] ?? null;
}
