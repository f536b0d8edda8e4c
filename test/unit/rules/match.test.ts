import { describe, expect, it } from 'vitest';
import { PAGE_OUTCOMES, type Applicant, type FieldComparison } from '../../../shared/model';
import { findCredential, matchPage, UNREADABLE_REASON } from '../../../shared/rules';
import { SAMPLE_APPLICANTS, sampleApplicant, sampleCredential } from '../../../shared/sample/applicants';
import { page } from './page';

const { applicant: wang, credential: wangXl } = sampleCredential('a03-xl1');
const wangXw = sampleCredential('a03-xw1').credential;

/** The 学历 report of 王䶮 (a03) as the 2024 layout shows it. */
const wangReport = (over: Parameters<typeof page>[1] = {}) =>
  page('xueli-report', {
    name: '王䶮',
    gender: '男',
    birthDate: '1985年06月20日',
    enrolDate: '2004年09月01日',
    gradDate: '2008年07月01日',
    level: '本科',
    school: '北辰理工大学',
    major: '过程装备与控制工程',
    studyMode: '普通全日制',
    certNo: '1900 1120 0805 0015 73',
    graduation: '毕业',
    ...over,
  });

const wangDegree = (over: Parameters<typeof page>[1] = {}) =>
  page('xuewei-report', {
    name: '王䶮',
    gender: '男',
    birthDate: '1985年06月20日',
    degreeDate: '2008年09月01日',
    awardingUnit: '北辰理工大学',
    degree: '工学学士学位',
    major: '过程装备与控制工程',
    certNo: '1900142008001573',
    ...over,
  });

const byKey = (c: FieldComparison[], key: string) => c.find((x) => x.key === key);

describe('matchPage: 学历 report', () => {
  it('verifies a report that agrees on every field', () => {
    const r = matchPage(wangReport(), wang, wangXl);
    expect(r.outcome).toBe('verified');
    expect(r.reasons).toEqual([]);
    expect(r.comparison.map((c) => c.key)).toEqual(['name', 'gender', 'birthDate', 'certNo', 'school', 'major', 'level', 'studyMode', 'enrolDate', 'gradDate']);
    expect(r.comparison.every((c) => c.status === 'match')).toBe(true);
  });

  it('normalises width, spaces and date formats before comparing', () => {
    const r = matchPage(
      wangReport({
        name: ' 王 䶮 ',
        certNo: '１９００１１２００８０５００１５７３',
        gradDate: { raw: '2008-7-1', value: null },
        school: '北辰理工大学　',
        studyMode: '全日制',
      }),
      wang,
      wangXl,
    );
    expect(r.comparison.filter((c) => c.status !== 'match')).toEqual([]);
    expect(r.outcome).toBe('verified');
  });

  it('matches full-width and half-width brackets in a major', () => {
    const { applicant, credential } = sampleCredential('a18-xl2');
    const p = page('xueli-report', {
      name: '梁雪', gender: '女', birthDate: '1999年11月11日', enrolDate: '2021年09月01日', gradDate: '2024年06月30日',
      level: '硕士研究生', school: '滨海师范学院', major: '学科教学(英语)', studyMode: '非全日制', certNo: credential.certNo,
    });
    expect(matchPage(p, applicant, credential).outcome).toBe('verified');
  });

  it('reads 层次 written as 专科（高职）', () => {
    const { applicant, credential } = sampleCredential('a13-xl1');
    const p = page('xueli-report', { name: '黄磊', certNo: credential.certNo, level: '专科（高职）' });
    expect(byKey(matchPage(p, applicant, credential).comparison, 'level')?.status).toBe('match');
  });

  it('flags a different major with both values named', () => {
    const r = matchPage(wangReport({ major: '机械设计制造及其自动化' }), wang, wangXl);
    expect(r.outcome).toBe('mismatch');
    const m = byKey(r.comparison, 'major')!;
    expect(m.status).toBe('mismatch');
    expect(m.reason).toContain('过程装备与控制工程');
    expect(m.reason).toContain('机械设计制造及其自动化');
    expect(r.reasons).toEqual([m.reason]);
  });

  it('compares the birth date with the one in the ID number', () => {
    const r = matchPage(wangReport({ birthDate: '1985年06月21日' }), wang, wangXl);
    const b = byKey(r.comparison, 'birthDate')!;
    expect(b.status).toBe('mismatch');
    expect(b.expected).toBe('1985-06-20');
    expect(b.reason).toContain('1985-06-20');
    expect(b.reason).toContain('1985年06月21日');
  });

  it('flags the graduation date, school, level, gender and certificate number', () => {
    const r = matchPage(
      wangReport({ gradDate: '2009年07月01日', school: '北辰理工学院', level: '专科', gender: '女', certNo: '190011200805001574' }),
      wang,
      wangXl,
    );
    for (const k of ['gradDate', 'school', 'level', 'gender', 'certNo']) expect(byKey(r.comparison, k)?.status).toBe('mismatch');
  });

  it('marks image fields unreadable (not a mismatch) until confirmed by eye', () => {
    const p = wangReport({ name: { raw: '', image: true } });
    const r = matchPage(p, wang, wangXl);
    expect(byKey(r.comparison, 'name')).toMatchObject({ status: 'unreadable', reason: UNREADABLE_REASON, actual: null });
    expect(r.outcome).toBe('verified');
    const confirmed = matchPage(p, wang, wangXl, { confirmedByEye: ['name'] });
    expect(byKey(confirmed.comparison, 'name')?.status).toBe('match');
  });

  it('an image field does not hide a mismatch elsewhere', () => {
    const r = matchPage(wangReport({ name: { raw: '', image: true }, major: '化学' }), wang, wangXl);
    expect(r.outcome).toBe('mismatch');
  });

  it('marks a field the report should show but does not as missing', () => {
    const p = wangReport();
    delete p.fields.certNo;
    const r = matchPage(p, wang, wangXl);
    expect(byKey(r.comparison, 'certNo')).toMatchObject({ status: 'missing', actual: null });
    expect(byKey(r.comparison, 'certNo')?.reason).toContain('证书编号');
    expect(r.outcome).toBe('mismatch');
  });

  it('names a value the applicant did not declare', () => {
    const blank = { ...wangXl, certNo: '' };
    const r = matchPage(wangReport(), wang, blank);
    expect(byKey(r.comparison, 'certNo')?.reason).toContain('未填写');
    expect(r.outcome).toBe('mismatch');
  });

  it('compares a middle-dot name whatever dot the page uses, and CJK Extension B names', () => {
    const { applicant, credential } = sampleCredential('a06-xl1');
    const p = page('xueli-report', { name: '阿依古丽•买买提', certNo: credential.certNo });
    expect(byKey(matchPage(p, applicant, credential).comparison, 'name')?.status).toBe('match');
    const chen = sampleCredential('a04-xl1');
    const q = page('xueli-report', { name: '陈𠮷祥', certNo: chen.credential.certNo });
    expect(byKey(matchPage(q, chen.applicant, chen.credential).comparison, 'name')?.status).toBe('match');
    const r = page('xueli-report', { name: '陈吉祥', certNo: chen.credential.certNo });
    expect(byKey(matchPage(r, chen.applicant, chen.credential).comparison, 'name')?.status).toBe('mismatch');
  });
});

describe('matchPage: 学位 reports', () => {
  it('verifies 工学学士学位 against 学士 + 工学', () => {
    const r = matchPage(wangDegree(), wang, wangXw);
    expect(r.outcome).toBe('verified');
    expect(byKey(r.comparison, 'degree')?.status).toBe('match');
    expect(byKey(r.comparison, 'degreeField')?.status).toBe('match');
    expect(byKey(r.comparison, 'awardingUnit')?.status).toBe('match');
  });

  it('flags a different 学科门类 or level', () => {
    const field = matchPage(wangDegree({ degree: '理学学士学位' }), wang, wangXw);
    expect(byKey(field.comparison, 'degreeField')?.status).toBe('mismatch');
    expect(byKey(field.comparison, 'degreeField')?.reason).toContain('工学');
    expect(byKey(field.comparison, 'degree')?.status).toBe('match');
    const level = matchPage(wangDegree({ degree: '工学硕士学位' }), wang, wangXw);
    expect(byKey(level.comparison, 'degree')?.status).toBe('mismatch');
  });

  it('accepts a 专业学位 name without comparing it to the 学科门类', () => {
    const { applicant, credential } = sampleCredential('a12-xw1');
    const p = page('xuewei-report', {
      name: '冯晓燕', gender: '女', birthDate: '1993年07月07日', degreeDate: '2019年06月30日', awardingUnit: '青川大学',
      degree: '工程硕士专业学位', major: '土木水利', certNo: credential.certNo,
    });
    const r = matchPage(p, applicant, credential);
    expect(r.outcome).toBe('verified');
    expect(byKey(r.comparison, 'degreeField')).toBeUndefined();
  });

  it('compares the old degree site by year when it shows only 获学位年份', () => {
    const legacy = (year: string) =>
      page('legacy-degree-result', {
        name: '王䶮', gender: '男', birthDate: '1985-06-20', awardingUnit: '北辰理工大学', degree: '学士', degreeField: '工学',
        major: '过程装备与控制工程', degreeDate: { raw: year, value: null }, certNo: '1900142008001573',
      });
    expect(matchPage(legacy('2008'), wang, wangXw).outcome).toBe('verified');
    const r = matchPage(legacy('2009'), wang, wangXw);
    expect(byKey(r.comparison, 'degreeDate')?.status).toBe('mismatch');
  });
});

describe('matchPage: pages that cannot verify', () => {
  it('never verifies a 学历 with a 学籍 report', () => {
    const p = page('xueji-report', { name: '王䶮', school: '北辰理工大学', level: '本科', status: '在籍（注册学籍）' });
    const r = matchPage(p, wang, wangXl);
    expect(r.outcome).toBe('error');
    expect(r.reasons.join()).toContain('学籍');
    expect(r.comparison).toEqual([]);
  });

  it('refuses a report of the other kind', () => {
    expect(matchPage(wangDegree(), wang, wangXl)).toMatchObject({ outcome: 'error' });
    expect(matchPage(wangReport(), wang, wangXw).reasons.join()).toContain('这是学历报告');
  });

  it('maps every non-report page outcome', () => {
    const expected = {
      'invalid-code': 'not-found',
      'malformed-code': 'not-found',
      'not-found': 'not-found',
      expired: 'expired',
      closed: 'expired',
      'rate-limited': 'error',
      refused: 'error',
      unknown: 'error',
    } as const;
    for (const o of PAGE_OUTCOMES) {
      if (o === 'report') continue;
      const r = matchPage(page('error-page', {}, o), wang, wangXl);
      expect(r.outcome).toBe(expected[o]);
      expect(r.reasons[0]).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('findCredential', () => {
  it('finds the credential by the (spaced) certificate number', () => {
    const hit = findCredential(wangReport(), SAMPLE_APPLICANTS);
    expect(hit?.applicant.id).toBe('a03');
    expect(hit?.credential.id).toBe('a03-xl1');
    expect(findCredential(wangDegree(), SAMPLE_APPLICANTS)?.credential.id).toBe('a03-xw1');
  });

  it('returns a number match with another name, and matchPage flags the name', () => {
    const p = wangReport({ name: '王岩' });
    const hit = findCredential(p, SAMPLE_APPLICANTS)!;
    expect(hit.applicant.id).toBe('a03');
    expect(byKey(matchPage(p, hit.applicant, hit.credential).comparison, 'name')?.status).toBe('mismatch');
  });

  it('prefers the readable name when two applicants carry the same number', () => {
    const twin: Applicant = { ...sampleApplicant('a02'), id: 'x99', name: '王岩', credentials: [{ ...wangXl, id: 'x99-xl1' }] };
    expect(findCredential(wangReport({ name: '王岩' }), [...SAMPLE_APPLICANTS, twin])?.applicant.id).toBe('x99');
    expect(findCredential(wangReport(), [twin, ...SAMPLE_APPLICANTS])?.applicant.id).toBe('a03');
  });

  it('returns null for an unknown, missing or image number', () => {
    expect(findCredential(wangReport({ certNo: '999991200805001573' }), SAMPLE_APPLICANTS)).toBeNull();
    const p = wangReport();
    delete p.fields.certNo;
    expect(findCredential(p, SAMPLE_APPLICANTS)).toBeNull();
    expect(findCredential(wangReport({ certNo: { raw: '', image: true } }), SAMPLE_APPLICANTS)).toBeNull();
  });
});
