import { describe, expect, it } from 'vitest';
import { Applicant } from '../../../shared/model';
import {
  credentialStatus,
  defaultTitleName,
  defaultWay,
  planApplicant,
  statistics,
  verificationMethod,
  voteProblems,
  withResolution,
  type FormId,
} from '../../../shared/rules';
import { SAMPLE_APPLICANTS, sampleApplicant, sampleCredential } from '../../../shared/sample/applicants';
import { SAMPLE_RECORDS, sampleRecord } from '../../../shared/sample/records';

const plan = (id: string) => planApplicant(sampleApplicant(id), SAMPLE_RECORDS);
const forms = (id: string) => plan(id).forms.map((f) => (f.credentialId ? `${f.form}/${f.credentialId}` : f.form));
const states = (id: string) => Object.fromEntries(plan(id).credentials.map((s) => [s.credential.id, s.state]));

describe('the plan of forms over the sample', () => {
  it('gives each applicant the forms of their way, a sheet per online credential and an archive sheet only when needed', () => {
    const expected: Record<string, FormId[] | string[]> = {
      a01: ['evaluation', 'verification/a01-xl2', 'archive-review', 'commitment-personal'],
      a02: ['evaluation', 'verification/a02-xl1', 'verification/a02-xw1', 'commitment-personal', 'commitment-unit'],
      a06: ['evaluation', 'verification/a06-xl1', 'verification/a06-xw1', 'commitment-personal', 'commitment-unit'],
      a07: ['evaluation', 'archive-review', 'commitment-personal'],
      a08: ['evaluation', 'verification/a08-xl1', 'archive-review', 'commitment-personal'],
      a11: ['evaluation', 'verification/a11-xl1', 'archive-review', 'commitment-personal', 'commitment-unit'],
      a13: ['graduate-determination', 'verification/a13-xl1', 'commitment-personal', 'commitment-unit'],
      a16: ['exam-registration', 'verification/a16-xl1', 'verification/a16-xl2', 'verification/a16-xw2', 'commitment-personal', 'commitment-unit'],
      a20: ['exam-registration', 'verification/a20-xl1', 'verification/a20-xw1', 'verification/a20-xw2', 'commitment-personal', 'commitment-unit'],
    };
    for (const [id, list] of Object.entries(expected)) expect(forms(id), id).toEqual(list);
  });

  it('states the real reason on the archive sheet: the cut-off, a foreign credential, or the page that found nothing', () => {
    const reason = (id: string) => plan(id).forms.find((f) => f.form === 'archive-review')!.reason;
    expect(reason('a07')).toContain('2001年毕业，属2002届以前的学历');
    expect(reason('a11')).toContain('境外学位');
    expect(reason('a08')).toMatch(/2026年10月12日在学信网.*查验，在线验证码无效.*无法准确查询/);
    expect(reason('a01')).not.toContain('2002届及以后');
    for (const a of SAMPLE_APPLICANTS) {
      const p = planApplicant(a, SAMPLE_RECORDS);
      const archived = p.credentials.filter((s) => s.route.route === 'archive-review');
      expect(p.forms.some((f) => f.form === 'archive-review'), a.id).toBe(archived.length > 0);
      for (const s of archived) expect(s.route.reason, s.credential.id).not.toMatch(/在学信网按学历证书编号查验|打印查验结果/);
    }
  });

  it('derives each state from the newest record and the applicant as they are now', () => {
    expect(states('a02')).toEqual({ 'a02-xl1': 'match', 'a02-xw1': 'match' });
    expect(states('a04')['a04-xl2']).toBe('confirm');
    expect(states('a06')['a06-xl1']).toBe('explained');
    expect(states('a09')).toEqual({ 'a09-xl1': 'mismatch', 'a09-xw1': 'pending' });
    expect(states('a08')['a08-xw1']).toBe('not-found');
    expect(states('a01')['a01-xl1']).toBe('archive');
  });

  it('re-compares at once when the roster is corrected, and an explanation covers only the fields it names', () => {
    const a09 = sampleApplicant('a09');
    const record = SAMPLE_RECORDS.find((r) => r.credentialId === 'a09-xl1')!;
    const corrected = Applicant.parse({ ...a09, credentials: a09.credentials.map((c) => (c.id === 'a09-xl1' ? { ...c, school: '滨海师范大学' } : c)) });
    expect(credentialStatus(a09, a09.credentials[0]!, record).state).toBe('mismatch');
    expect(credentialStatus(corrected, corrected.credentials[0]!, record).state).toBe('match');

    const a06 = sampleApplicant('a06');
    const explained = SAMPLE_RECORDS.find((r) => r.credentialId === 'a06-xl1')!;
    const renamed = Applicant.parse({ ...a06, name: '阿依古丽' });
    const s = credentialStatus(renamed, renamed.credentials[0]!, explained);
    expect(s.state).toBe('mismatch'); // the 说明 was about 专业, not 姓名
    expect(credentialStatus(a06, a06.credentials[0]!, explained).note).toBe('专业名称含培养方向，与毕业证书一致');
  });

  it('never moves a mismatch to archive review by itself; the clerk choosing it does', () => {
    const { applicant, credential } = sampleCredential('a09-xl1');
    const base = { capturedAt: '2026-10-12T09:30:00+08:00', changed: { school: '滨海师范大学' } } as const;
    expect(credentialStatus(applicant, credential, sampleRecord(applicant, credential, base)).route.route).toBe('chsi-online');
    const chosen = sampleRecord(applicant, credential, { ...base, resolution: { action: 'archive-review', note: '学校更名，转档案审查', fields: [], at: base.capturedAt } });
    const s = credentialStatus(applicant, credential, chosen);
    expect([s.state, s.route.route]).toEqual(['archive', 'archive-review']);
    expect(s.route.reason).toContain('经查验人决定转档案审查：学校更名');
  });

  it('keeps the clerk\'s decision with the record for the fields that differ now, and takes it back', () => {
    const { applicant, credential } = sampleCredential('a09-xl1');
    const record = SAMPLE_RECORDS.find((r) => r.credentialId === 'a09-xl1')!;
    const status = credentialStatus(applicant, credential, record);
    const explained = withResolution(record, status, { action: 'explained', note: ' 学校更名，证书所载为原校名 ' }, '2026-10-13T09:00:00+08:00');
    expect(explained.resolution).toEqual({ action: 'explained', note: '学校更名，证书所载为原校名', fields: ['school'], at: '2026-10-13T09:00:00+08:00' });
    expect(explained.fields).toEqual(record.fields);
    expect(credentialStatus(applicant, credential, explained).state).toBe('explained');
    expect(credentialStatus(applicant, credential, withResolution(explained, status, null, '2026-10-13T10:00:00+08:00')).state).toBe('mismatch');
  });

  it('never says 一致 while an image field is unconfirmed', () => {
    const { applicant, credential } = sampleCredential('a04-xl2');
    const at = '2026-10-12T09:30:00+08:00';
    expect(credentialStatus(applicant, credential, sampleRecord(applicant, credential, { capturedAt: at, images: ['name'] })).state).toBe('confirm');
    expect(credentialStatus(applicant, credential, sampleRecord(applicant, credential, { capturedAt: at, images: ['name'], confirmedByEye: ['name'] })).state).toBe('match');
    expect(verificationMethod(plan('a04').credentials.find((s) => s.credential.id === 'a04-xl2')!)).toBe('学信网在线查验（待目视核对）');
  });

  it('blocks a dossier for every open item and withholds the unit pledge, naming why', () => {
    expect(plan('a02').blockers).toEqual([]);
    expect(plan('a10').blockers).toEqual(['学历（本科）待查验', '学位（学士）待查验']);
    expect(plan('a09').blockers.join()).toContain('与网上查验结果不一致，尚未说明或处理');
    expect(plan('a04').blockers.join()).toContain('待目视核对');
    expect(plan('a07').blockers).toEqual(['学历（本科）需档案审查，尚未取得《个人学历、学位信息审查情况材料》']);
    expect(plan('a09').withheld[0]!.reason).toMatch(/^材料尚未齐全，单位不能承诺/);
    const noTitle = Applicant.parse({ ...sampleApplicant('a02'), series: '自定义系列' });
    expect(planApplicant(noTitle, SAMPLE_RECORDS).blockers).toContain('未填写申报资格名称（如高级工程师），系列和级别也无法确定');
  });
});

describe('ways and titles', () => {
  it('takes 会计, 经济, 审计, 统计 and 卫生 at 初级 and 中级 by exam, the rest by evaluation', () => {
    for (const series of ['会计', '经济', '审计', '统计', '卫生']) {
      expect(defaultWay({ series, level: '中级' })).toBe('考试');
      expect(defaultWay({ series, level: '初级' })).toBe('考试');
      expect(defaultWay({ series, level: '副高级' })).toBe('评审');
    }
    expect(defaultWay({ series: '工程', level: '中级' })).toBe('评审');
  });

  it('names the title by series, level and 卫生 sub-kind, with an office entry first', () => {
    const t = (series: string, level: '正高级' | '副高级' | '中级' | '初级', specialty = '') => defaultTitleName({ series, level, specialty });
    expect(t('卫生', '副高级', '神经外科')).toBe('副主任医师');
    expect(t('卫生', '副高级', '护理学')).toBe('副主任护师');
    expect(t('卫生', '中级', '临床药学')).toBe('主管药师');
    expect(t('卫生', '中级', '医学检验技术')).toBe('主管技师');
    expect(t('工程', '副高级')).toBe('高级工程师');
    expect(t('中小学教育', '中级')).toBe('一级教师');
    expect(t('经济', '副高级')).toBe('高级经济师');
    expect(t('会计', '副高级')).toBe('高级会计师');
    expect(defaultTitleName({ series: '工程', level: '副高级', specialty: '' }, { titleNames: [{ series: '工程', level: '副高级', specialtyContains: '', title: '高级工程师（自定）' }] })).toBe('高级工程师（自定）');
  });
});

describe('the vote', () => {
  const a03 = sampleApplicant('a03');
  it('accepts a pass carried by 2/3 of those present at a quorate meeting', () => {
    expect(voteProblems(a03)).toEqual([]);
  });
  it('refuses a pass under 2/3, a meeting under 2/3 attendance, and sums that do not add up, naming the applicant', () => {
    expect(voteProblems({ ...a03, votesFor: '13', votesAgainst: '7', abstentions: '1' })[0]).toBe('王䶮：评审结果为“通过”，但同意人数（13）不足出席人数（21）的三分之二');
    expect(voteProblems({ ...a03, present: '15', votesFor: '12', votesAgainst: '2', abstentions: '1' })[0]).toContain('不足评委会总人数（25）的三分之二');
    expect(voteProblems({ ...a03, abstentions: '5' })[0]).toContain('之和（25）与出席人数（21）不符');
    expect(voteProblems({ ...sampleApplicant('a02'), votesFor: '18', votesAgainst: '1', abstentions: '2' })[0]).toContain('评审结果为“未通过”，但同意人数（18）已达');
  });
});

describe('statistics', () => {
  it('counts 评审 applicants only, with 未通过', () => {
    const rows = statistics(SAMPLE_APPLICANTS);
    expect(rows.some((r) => r.series === '会计' || r.series === '经济')).toBe(false);
    expect(rows.find((r) => r.series === '卫生' && r.level === '中级')).toBeUndefined();
    const eng = rows.find((r) => r.series === '工程' && r.level === '正高级')!;
    expect([eng.declared, eng.passed, eng.failed]).toEqual([2, 1, 1]);
  });
});
