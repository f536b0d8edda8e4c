import { describe, expect, it } from 'vitest';
import { APPLICANT_FIELDS, Applicant, TITLE_LEVELS, checkIdNumber, credentialDate, idBirthDate } from '../../shared/model';
import { SAMPLE_APPLICANTS, SAMPLE_BROKEN_ROWS, sampleApplicant, sampleCredential } from '../../shared/sample/applicants';

const credentials = SAMPLE_APPLICANTS.flatMap((a) => a.credentials);

describe('SAMPLE_APPLICANTS', () => {
  it('has about 20 applicants with unique, stable ids', () => {
    expect(SAMPLE_APPLICANTS.length).toBeGreaterThanOrEqual(18);
    const ids = SAMPLE_APPLICANTS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    const credIds = credentials.map((c) => c.id);
    expect(new Set(credIds).size).toBe(credIds.length);
    for (const a of SAMPLE_APPLICANTS) for (const c of a.credentials) expect(c.id.startsWith(`${a.id}-`)).toBe(true);
  });

  it('every applicant passes the schema and its ID number agrees with gender and 出生年月', () => {
    for (const a of SAMPLE_APPLICANTS) {
      expect(Applicant.safeParse(a).success).toBe(true);
      expect(checkIdNumber(a.idNumber)).toEqual({ ok: true });
      expect(idBirthDate(a.idNumber).slice(0, 7)).toBe(a.birthMonth);
      expect(Number(a.idNumber[16]) % 2 === 1 ? '男' : '女').toBe(a.gender);
    }
  });

  it('covers all levels, several series and all results', () => {
    expect(new Set(SAMPLE_APPLICANTS.map((a) => a.level))).toEqual(new Set(TITLE_LEVELS));
    for (const s of ['工程', '卫生', '教育']) expect(SAMPLE_APPLICANTS.some((a) => a.series === s)).toBe(true);
    expect(new Set(SAMPLE_APPLICANTS.map((a) => a.result))).toEqual(new Set(['passed', 'failed', 'absent', 'pending']));
  });

  it('has a senior series+level whose pass rate is over 50 %', () => {
    const group = SAMPLE_APPLICANTS.filter((a) => a.series === '卫生' && a.level === '副高级' && a.result !== 'absent');
    const passed = group.filter((a) => a.result === 'passed').length;
    expect(passed / group.length).toBeGreaterThan(0.5);
  });

  it('has the date edge cases', () => {
    const xl = credentials.filter((c) => c.kind === 'xueli');
    const xw = credentials.filter((c) => c.kind === 'xuewei');
    expect(xl.some((c) => credentialDate(c) < '2002-01-01')).toBe(true);
    expect(xl.some((c) => credentialDate(c).startsWith('2002-'))).toBe(true);
    expect(xl.some((c) => credentialDate(c).startsWith('2001-'))).toBe(true);
    expect(xw.some((c) => credentialDate(c) === '2008-09-01')).toBe(true);
    expect(xw.some((c) => credentialDate(c) === '2008-08-31')).toBe(true);
    expect(xw.some((c) => credentialDate(c) > '2008-09-01')).toBe(true);
  });

  it('has the certificate-number cases', () => {
    const xl = sampleCredential('a09-xl1').credential;
    expect(xl.certNo.slice(6, 10)).not.toBe(credentialDate(xl).slice(0, 4));
    const xw = sampleCredential('a10-xw1').credential;
    expect(xw.kind === 'xuewei' && xw.degree).toBe('学士');
    expect(xw.certNo[5]).toBe('3');
    expect(sampleCredential('a12-xw1').credential.certNo).toMatch(/^Z\d{16}$/);
    expect(sampleCredential('a08-xl1').credential.certNo[5]).toBe('6');
    expect(sampleCredential('a08-xl1').credential.studyMode).toBe('自学考试');
    expect(credentials.some((c) => c.foreign)).toBe(true);
    expect(credentials.some((c) => c.kind === 'xueli' && c.certNo.length === 17)).toBe(true);
  });

  it('has CJK Extension A and B names, a middle-dot name and a long history', () => {
    expect(SAMPLE_APPLICANTS.some((a) => a.name.includes('\u4DAE'))).toBe(true);
    expect(SAMPLE_APPLICANTS.some((a) => a.name.includes('\u{20BB7}'))).toBe(true);
    expect(SAMPLE_APPLICANTS.some((a) => a.name.includes('·'))).toBe(true);
    const long = SAMPLE_APPLICANTS.filter((a) => a.work.length >= 40 && a.achievements.length >= 40);
    expect(long.length).toBeGreaterThanOrEqual(1);
  });

  it('sampleApplicant finds by id and throws on an unknown id', () => {
    expect(sampleApplicant('a03').name).toBe('王䶮');
    expect(() => sampleApplicant('zz')).toThrow();
    expect(() => sampleCredential('zz-xl1')).toThrow();
  });
});

describe('SAMPLE_BROKEN_ROWS', () => {
  it('are refused by the schema at the named field', () => {
    expect(SAMPLE_BROKEN_ROWS.length).toBeGreaterThanOrEqual(1);
    for (const b of SAMPLE_BROKEN_ROWS) {
      const raw = b.row[APPLICANT_FIELDS[b.field].label];
      expect(raw).toBeDefined();
      expect(APPLICANT_FIELDS[b.field].schema.safeParse(raw).success).toBe(false);
    }
  });

  it('include a wrong ID check character whose reason names the expected character', () => {
    const b = SAMPLE_BROKEN_ROWS.find((r) => r.field === 'idNumber')!;
    const r = checkIdNumber(b.row[APPLICANT_FIELDS.idNumber.label]!);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toContain('校验位');
  });
});
