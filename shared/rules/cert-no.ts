// 学历证书编号 and 学位证书编号: structure and consistency with the credential (../shared/rules.md §2, §3).
import {
  CREDENTIAL_KIND_LABELS,
  DEGREE_LEVEL_CODES,
  XUELI_LEVEL_CODES,
  credentialDate,
  type Credential,
  type CredentialKind,
  type DegreeLevel,
  type XueliLevel,
} from '../model';
import { normaliseCertNo } from '../text/normalize';
import { route } from './route';

/** 办学类型, position 6 of a 学历证书编号. */
export const SCHOOL_TYPES: Record<string, string> = {
  '1': '普通高等教育',
  '5': '成人高等教育',
  '6': '自学考试/学历文凭考试',
  '7': '网络教育',
};
const SELF_STUDY_TYPE = '6';

/** One-letter prefixes of 17-character 学位证书编号. Q's meaning was not found in public texts. */
export const DEGREE_PREFIXES: Record<string, string> = {
  C: '成人',
  Z: '专业学位',
  T: '同等学力',
  Q: '含义未见公开说明',
  L: '来华留学',
};
/** Letters seen in position 11 of a 学位证书编号 for 双学位 / 第二学士学位. */
const SECOND_DEGREE_LETTERS: Record<string, string> = { S: '双学位/第二学士学位', E: '双学位/第二学士学位' };

const XUELI_BY_CODE = Object.fromEntries(Object.entries(XUELI_LEVEL_CODES).map(([l, c]) => [c, l])) as Record<string, XueliLevel>;
const DEGREE_BY_CODE = Object.fromEntries(Object.entries(DEGREE_LEVEL_CODES).map(([l, c]) => [c, l])) as Record<string, DegreeLevel>;

/** Electronic diploma registration began in 2001; the national degree system in 1981. */
const XUELI_FIRST_YEAR = 2001;
const XUEWEI_FIRST_YEAR = 1981;
/** 17-digit 学历 numbers are 2001's form, still used by some schools in 2002. */
const XUELI_17_LAST_YEAR = 2002;

export type CertKind = CredentialKind | 'unknown';

/** The `zhicheng check --json` shape (a contract: add keys, never rename). Every key is always present. */
export interface CertNoCheck {
  kind: CertKind;
  valid: boolean;
  /** Why it is invalid, in Chinese; empty when valid. */
  reasons: string[];
  /** Accepted variants and checks that were not possible, in Chinese. */
  notes: string[];
  normalised: string;
  /** 学历: school code (1–5). */
  schoolCode: string | null;
  /** 学历: 办学类型 digit (6) and its name. */
  schoolType: string | null;
  schoolTypeLabel: string | null;
  /** Graduation year (学历) or conferral year (学位). */
  year: number | null;
  /** 学历: 培养层次 code (11–12); 学位: level digit (6). */
  levelCode: string | null;
  /** 学历: 培养层次. */
  level: XueliLevel | null;
  /** Serial part: 13–18 (学历) or 11–16 (学位). */
  sequence: string | null;
  /** 学位: 学位授予单位代码 (1–5). */
  unitCode: string | null;
  degreeLevel: DegreeLevel | null;
  /** 学位: one-letter prefix of the 17-character form, and its meaning. */
  prefix: string | null;
  prefixLabel: string | null;
}

function blank(kind: CertKind, normalised: string): CertNoCheck {
  return {
    kind,
    valid: false,
    reasons: [],
    notes: [],
    normalised,
    schoolCode: null,
    schoolType: null,
    schoolTypeLabel: null,
    year: null,
    levelCode: null,
    level: null,
    sequence: null,
    unitCode: null,
    degreeLevel: null,
    prefix: null,
    prefixLabel: null,
  };
}

/** What the number looks like by shape alone. */
export function certKindOf(normalised: string): CertKind {
  if (/^\d{17,18}$/.test(normalised)) return 'xueli';
  if (/^[A-Z]?\d{10}[A-Z0-9]{6}$/.test(normalised)) return 'xuewei';
  return 'unknown';
}

const latestYear = () => new Date().getUTCFullYear() + 1;

function checkXueli(r: CertNoCheck, selfStudyHint: boolean): void {
  const n = r.normalised;
  if (!/^\d+$/.test(n)) {
    r.reasons.push(`学历证书编号应全部为数字，实际含有“${n.replace(/\d/g, '')}”`);
    return;
  }
  if (n.length !== 17 && n.length !== 18) {
    r.reasons.push(`学历证书编号应为18位数字（2001年及部分2002年证书为17位），实际为${n.length}位`);
    return;
  }
  const type = n[5]!;
  // 自学考试 numbers follow a provincial layout (rules.md §2): accept without the structural checks.
  if (type === SELF_STUDY_TYPE || (selfStudyHint && n[0] === SELF_STUDY_TYPE)) {
    r.schoolType = SELF_STUDY_TYPE;
    r.schoolTypeLabel = SCHOOL_TYPES[SELF_STUDY_TYPE]!;
    r.notes.push('自学考试/学历文凭考试证书编号按各省编排（层次、地区、年份、考次、考生序号、校验位），其层次代码表未查到：只检查位数，未检查年份和层次，请在查验页面上核对');
    return;
  }
  r.schoolCode = n.slice(0, 5);
  r.schoolType = type;
  r.schoolTypeLabel = SCHOOL_TYPES[type] ?? null;
  if (!SCHOOL_TYPES[type]) {
    r.reasons.push(`第6位办学类型应为${Object.entries(SCHOOL_TYPES).map(([c, l]) => `${c}（${l}）`).join('、')}之一，实际为${type}`);
  }
  const year = Number(n.slice(6, 10));
  r.year = year;
  if (year < XUELI_FIRST_YEAR || year > latestYear()) {
    r.reasons.push(`第7–10位毕业年份${n.slice(6, 10)}不合理：学历证书电子注册自${XUELI_FIRST_YEAR}年开始`);
  }
  const levelCode = n.slice(10, 12);
  r.levelCode = levelCode;
  r.level = XUELI_BY_CODE[levelCode] ?? null;
  if (!r.level) {
    const known = Object.entries(XUELI_LEVEL_CODES).map(([l, c]) => `${c}（${l}）`).join('、');
    r.reasons.push(
      levelCode === '03'
        ? `第11–12位培养层次代码03未分配（应为${known}之一）`
        : `第11–12位培养层次代码应为${known}之一，实际为${levelCode}`,
    );
  }
  r.sequence = n.slice(12);
  if (n.length === 17) {
    if (year > XUELI_17_LAST_YEAR) {
      r.reasons.push(`17位学历证书编号只见于2001年和部分2002年的证书，编号中的毕业年份为${year}，应为18位`);
    } else {
      r.notes.push('17位学历证书编号（2001年及部分学校2002年使用），顺序号为5位');
    }
  } else if (year === XUELI_FIRST_YEAR) {
    r.notes.push('2001年的学历证书编号一般为17位，此编号为18位，请在查验页面上核对');
  }
}

function checkXuewei(r: CertNoCheck): void {
  let n = r.normalised;
  if (n.length === 17 && /^[A-Z]/.test(n)) {
    const p = n[0]!;
    r.prefix = p;
    r.prefixLabel = DEGREE_PREFIXES[p] ?? null;
    if (!DEGREE_PREFIXES[p]) {
      r.reasons.push(`17位学位证书编号的首字母应为${Object.entries(DEGREE_PREFIXES).map(([c, l]) => `${c}（${l}）`).join('、')}之一，实际为${p}`);
      return;
    }
    r.notes.push(`带字母前缀${p}（${DEGREE_PREFIXES[p]}）的17位学位证书编号`);
    n = n.slice(1);
  } else if (n.length !== 16) {
    r.reasons.push(`学位证书编号应为16位（或带一位字母前缀共17位），实际为${n.length}位`);
    return;
  }
  if (!/^\d{10}/.test(n)) {
    r.reasons.push('学位证书编号第1–10位（授予单位代码、学位级别、授予年份）应为数字');
    return;
  }
  r.unitCode = n.slice(0, 5);
  const levelCode = n[5]!;
  r.levelCode = levelCode;
  r.degreeLevel = DEGREE_BY_CODE[levelCode] ?? null;
  if (!r.degreeLevel) {
    r.reasons.push(`第6位学位级别应为${Object.entries(DEGREE_LEVEL_CODES).map(([l, c]) => `${c}（${l}）`).join('、')}之一，实际为${levelCode}`);
  }
  const year = Number(n.slice(6, 10));
  r.year = year;
  if (year < XUEWEI_FIRST_YEAR || year > latestYear()) {
    r.reasons.push(`第7–10位授予年份${n.slice(6, 10)}不合理`);
  }
  const seq = n.slice(10);
  r.sequence = seq;
  const letter = seq[0]!;
  if (!/^[A-Z0-9]\d{5}$/.test(seq)) {
    r.reasons.push(`第11–16位顺序号应为6位数字（第11位可为字母），实际为${seq}`);
  } else if (SECOND_DEGREE_LETTERS[letter]) {
    r.notes.push(`第11位为${letter}（${SECOND_DEGREE_LETTERS[letter]}）`);
  } else if (/[A-Z]/.test(letter)) {
    r.notes.push(`第11位为字母${letter}（部分单位用于专业学位）`);
  }
}

/** Compare the decoded number with the credential it belongs to. */
function checkAgainst(r: CertNoCheck, c: Credential): void {
  const year = Number(credentialDate(c).slice(0, 4));
  if (c.kind === 'xueli') {
    if (r.year !== null && r.year !== year) {
      r.reasons.push(`编号中的毕业年份为${r.year}，与毕(结)业日期${c.gradDate}不符`);
    }
    if (r.levelCode !== null && r.levelCode !== XUELI_LEVEL_CODES[c.level]) {
      r.reasons.push(`编号中的培养层次代码为${r.levelCode}${r.level ? `（${r.level}）` : ''}，与所填层次“${c.level}”（应为${XUELI_LEVEL_CODES[c.level]}）不符`);
    }
  } else {
    if (r.year !== null && r.year !== year) {
      r.reasons.push(`编号中的授予年份为${r.year}，与授予日期${c.degreeDate}不符`);
    }
    if (r.levelCode !== null && r.levelCode !== DEGREE_LEVEL_CODES[c.degree]) {
      r.reasons.push(`编号第6位学位级别为${r.levelCode}${r.degreeLevel ? `（${r.degreeLevel}）` : ''}，与所填学位“${c.degree}”（应为${DEGREE_LEVEL_CODES[c.degree]}）不符`);
    }
  }
}

/**
 * Check a certificate number: its shape (学历 or 学位), decoded parts, and — with a credential — that year, level and
 * kind agree with it. `kind` says which kind is expected when there is no credential (e.g. `zhicheng check --kind`).
 */
export function checkCertNo(certNo: string, c?: Credential, kind?: CredentialKind): CertNoCheck {
  const normalised = normaliseCertNo(certNo);
  const expected = c?.kind ?? kind;
  if (c?.foreign) {
    const r = blank('unknown', normalised);
    r.valid = true;
    r.notes.push('境外学历学位的证书编号不按国内编号规则检查（凭留服中心认证书审查）');
    return r;
  }
  if (!normalised) {
    const r = blank(expected ?? 'unknown', normalised);
    r.reasons.push(expected ? `未填写${CREDENTIAL_KIND_LABELS[expected]}证书编号` : '证书编号为空');
    return r;
  }
  const shape = certKindOf(normalised);
  const r = blank(shape === 'unknown' ? (expected ?? 'unknown') : shape, normalised);
  if (shape === 'unknown' && !expected) {
    r.reasons.push(
      `无法识别的证书编号：学历证书编号为18位数字（2001—2002年部分为17位），学位证书编号为16位（或带一位字母前缀共17位），实际为${normalised.length}位“${normalised}”`,
    );
    return r;
  }
  if (expected && shape !== 'unknown' && shape !== expected) {
    r.reasons.push(`这是${CREDENTIAL_KIND_LABELS[shape]}证书编号的格式，但所查的是${CREDENTIAL_KIND_LABELS[expected]}`);
  }
  if (r.kind === 'xueli') checkXueli(r, c?.kind === 'xueli' && /自学考试|自考/.test(c.studyMode));
  else if (r.kind === 'xuewei') checkXuewei(r);
  if (c && c.kind === r.kind) checkAgainst(r, c);
  r.valid = r.reasons.length === 0;
  return r;
}

/**
 * A credential's number against its own year, level and kind; `ok` unless it is wrong, or missing where the route is
 * online (a credential for the archive review may have no number: nothing to look up, nothing wrong).
 */
export function checkCredentialNumber(c: Credential): { check: CertNoCheck; ok: boolean } {
  const check = checkCertNo(c.certNo, c);
  return { check, ok: check.valid || (c.certNo.trim() === '' && route(c).route === 'archive-review') };
}
