import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEGREE_LEVEL_CODES, XUELI_LEVEL_CODES, type Credential, type DegreeLevel, type XueliLevel } from '../../../shared/model';
import { checkCertNo } from '../../../shared/rules';
import { sampleCredential } from '../../../shared/sample/applicants';

const cred = (id: string) => sampleCredential(id).credential;
const withChanges = (id: string, changes: Partial<Credential>) => ({ ...cred(id), ...changes }) as Credential;

describe('学历证书编号 (rules.md §2)', () => {
  it('decodes the CHSI example printed in groups of four', () => {
    const r = checkCertNo('1044 6120 1905 0042 20');
    expect(r).toMatchObject({
      kind: 'xueli',
      valid: true,
      reasons: [],
      normalised: '104461201905004220',
      schoolCode: '10446',
      schoolType: '1',
      schoolTypeLabel: '普通高等教育',
      year: 2019,
      levelCode: '05',
      level: '本科',
      sequence: '004220',
    });
  });

  it('strips full-width digits and ideographic spaces', () => {
    expect(checkCertNo('１０４４６　１２０１９０５００４２２０').normalised).toBe('104461201905004220');
    expect(checkCertNo('１０４４６　１２０１９０５００４２２０').valid).toBe(true);
  });

  it.each([
    ['1', '普通高等教育'],
    ['5', '成人高等教育'],
    ['7', '网络教育'],
  ])('accepts 办学类型 %s (%s)', (t, label) => {
    const r = checkCertNo(`10446${t}201905004220`);
    expect(r.valid).toBe(true);
    expect(r.schoolTypeLabel).toBe(label);
  });

  it('refuses an unknown 办学类型 and names the allowed ones', () => {
    const r = checkCertNo('104462201905004220');
    expect(r.valid).toBe(false);
    expect(r.reasons.join()).toContain('第6位办学类型');
    expect(r.reasons.join()).toContain('实际为2');
  });

  it('refuses 培养层次 03 as unassigned, and other unknown codes', () => {
    const r = checkCertNo('104461201903004220');
    expect(r.valid).toBe(false);
    expect(r.reasons.join()).toContain('03未分配');
    expect(checkCertNo('104461201909004220').reasons.join()).toContain('实际为09');
  });

  it.each(Object.entries(XUELI_LEVEL_CODES))('decodes 培养层次 %s from %s', (level, code) => {
    expect(checkCertNo(`1044612019${code}004220`).level).toBe(level);
  });

  it('accepts 17 digits for 2001 and 2002 with a note, refuses them for later years', () => {
    const r = checkCertNo('10446120010500422');
    expect(r.valid).toBe(true);
    expect(r.sequence).toBe('00422');
    expect(r.notes.join()).toContain('17位');
    expect(checkCertNo('10446120020500422').valid).toBe(true);
    const late = checkCertNo('10446120100500422');
    expect(late.valid).toBe(false);
    expect(late.reasons.join()).toContain('应为18位');
  });

  it('refuses an 18-digit year before electronic registration', () => {
    const r = checkCertNo('104461199905004220');
    expect(r.valid).toBe(false);
    expect(r.reasons.join()).toContain('1999');
  });

  it('accepts 自学考试 (type 6) without the structural checks, with a note', () => {
    const r = checkCertNo('104466209903004220'); // 1999 and level 03 would both be refused for other types
    expect(r.valid).toBe(true);
    expect(r.year).toBeNull();
    expect(r.schoolType).toBe('6');
    expect(r.notes.join()).toContain('自学考试');
  });

  it('accepts the provincial 自学考试 layout (type first) only for a 自学考试 credential', () => {
    const provincial = '652104201410012345';
    expect(checkCertNo(provincial).valid).toBe(false);
    const c = withChanges('a08-xl1', { certNo: provincial });
    expect(checkCertNo(provincial, c).valid).toBe(true);
  });

  it('refuses other shapes with the reason', () => {
    expect(checkCertNo('12345').reasons.join()).toContain('实际为5位');
    expect(checkCertNo('').reasons).toEqual(['证书编号为空']);
    const letters = checkCertNo('10446120190500422A', undefined, 'xueli');
    expect(letters.valid).toBe(false);
    expect(letters.reasons.join()).toContain('数字');
    expect(checkCertNo('1044612019050042', undefined, 'xueli').kind).toBe('xuewei');
  });

  it('round-trips any well-formed number (property)', () => {
    const levels = Object.keys(XUELI_LEVEL_CODES) as XueliLevel[];
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{5}$/),
        fc.constantFrom('1', '5', '7'),
        fc.integer({ min: 2002, max: 2025 }),
        fc.constantFrom(...levels),
        fc.stringMatching(/^\d{6}$/),
        (school, type, year, level, seq) => {
          const no = `${school}${type}${year}${XUELI_LEVEL_CODES[level]}${seq}`;
          const r = checkCertNo(no);
          return r.valid && r.kind === 'xueli' && r.schoolCode === school && r.year === year && r.level === level && r.sequence === seq;
        },
      ),
    );
  });
});

describe('学位证书编号 (rules.md §3)', () => {
  it('decodes a 16-digit number', () => {
    expect(checkCertNo('1044642019001234')).toMatchObject({
      kind: 'xuewei',
      valid: true,
      unitCode: '10446',
      levelCode: '4',
      degreeLevel: '学士',
      year: 2019,
      sequence: '001234',
      prefix: null,
    });
  });

  it.each(Object.entries(DEGREE_LEVEL_CODES))('decodes 学位级别 %s from %s', (level, code) => {
    expect(checkCertNo(`10446${code}2019001234`).degreeLevel).toBe(level as DegreeLevel);
  });

  it('refuses a level digit other than 2/3/4', () => {
    const r = checkCertNo('1044652019001234');
    expect(r.valid).toBe(false);
    expect(r.reasons.join()).toContain('第6位学位级别');
  });

  it.each(['S', 'E'])('accepts %s in position 11 (双学位/第二学士学位) with a note', (l) => {
    const r = checkCertNo(`1044642019${l}01234`);
    expect(r.valid).toBe(true);
    expect(r.notes.join()).toContain('第二学士学位');
  });

  it('accepts another letter in position 11 (专业学位) with a note', () => {
    const r = checkCertNo('1044632019J01234');
    expect(r.valid).toBe(true);
    expect(r.notes.join()).toContain('专业学位');
  });

  it('refuses a letter past position 11', () => {
    const r = checkCertNo('10446320190J1234', undefined, 'xuewei');
    expect(r.valid).toBe(false);
    expect(r.reasons.join()).toContain('第11–16位');
  });

  it.each([
    ['C', '成人'],
    ['Z', '专业学位'],
    ['T', '同等学力'],
    ['Q', '含义'],
    ['L', '来华留学'],
  ])('accepts the 17-character form with prefix %s (%s)', (p, label) => {
    const r = checkCertNo(`${p}1044632019001234`);
    expect(r.valid).toBe(true);
    expect(r.prefix).toBe(p);
    expect(r.prefixLabel).toContain(label);
    expect(r.degreeLevel).toBe('硕士');
  });

  it('refuses an unknown prefix letter and a wrong length', () => {
    const x = checkCertNo('X1044632019001234');
    expect(x.valid).toBe(false);
    expect(x.reasons.join()).toContain('首字母');
    const short = checkCertNo('104463201900123', undefined, 'xuewei');
    expect(short.valid).toBe(false);
    expect(short.reasons.join()).toContain('应为16位');
  });
});

describe('checkCertNo against the credential', () => {
  it('accepts every sample credential with a domestic number except the deliberate contradictions', () => {
    const bad = new Set(['a09-xl1', 'a10-xw1']);
    for (const id of ['a02-xl1', 'a03-xw1', 'a08-xl1', 'a12-xw1', 'a16-xw2', 'a18-xw2', 'a19-xl1', 'a20-xw2', 'a09-xl1', 'a10-xw1']) {
      expect(checkCertNo(cred(id).certNo, cred(id)).valid).toBe(!bad.has(id));
    }
  });

  it('refuses an encoded year that contradicts the graduation date', () => {
    const r = checkCertNo(cred('a09-xl1').certNo, cred('a09-xl1'));
    expect(r.reasons.join()).toContain('毕业年份为2015');
    expect(r.reasons.join()).toContain('2016-06-30');
  });

  it('refuses a 学位 level digit that contradicts the degree', () => {
    const r = checkCertNo(cred('a10-xw1').certNo, cred('a10-xw1'));
    expect(r.reasons.join()).toContain('学位级别为3（硕士）');
    expect(r.reasons.join()).toContain('学士');
  });

  it('refuses a 学历 level code that contradicts the 层次', () => {
    const c = withChanges('a13-xl1', { level: '本科' } as Partial<Credential>);
    expect(checkCertNo(c.certNo, c).reasons.join()).toContain('与所填层次“本科”');
  });

  it('refuses a conferral year that contradicts the 授予日期', () => {
    const c = withChanges('a03-xw1', { degreeDate: '2009-06-30' } as Partial<Credential>);
    expect(checkCertNo(c.certNo, c).reasons.join()).toContain('授予年份为2008');
  });

  it('refuses a number of the other kind', () => {
    const c = cred('a03-xl1');
    const r = checkCertNo(cred('a03-xw1').certNo, c);
    expect(r.valid).toBe(false);
    expect(r.kind).toBe('xuewei');
    expect(r.reasons.join()).toContain('这是学位证书编号的格式，但所查的是学历');
  });

  it('says a missing number is missing, and leaves foreign numbers alone with a note', () => {
    expect(checkCertNo('', cred('a01-xl1')).reasons).toEqual(['未填写学历证书编号']);
    const f = checkCertNo('NB-2013-00042', cred('a11-xw1'));
    expect(f.valid).toBe(true);
    expect(f.notes.join()).toContain('留服中心');
  });
});
