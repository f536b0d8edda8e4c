import { describe, expect, it } from 'vitest';
import { correctableField, correctRoster, credentialStatus } from '../../../shared/rules';
import { sampleCredential } from '../../../shared/sample/applicants';
import { sampleRecord } from '../../../shared/sample/records';

const { applicant, credential } = sampleCredential('a02-xl1');
const at = '2026-11-20T02:00:00Z';

describe('名册有误，已更正', () => {
  it('names the roster field behind a compared field, with its value and choices', () => {
    expect(correctableField('major', applicant, credential)).toMatchObject({ label: '专业', value: credential.major, date: false });
    expect(correctableField('gender', applicant, credential)).toMatchObject({ label: '性别', options: ['男', '女'] });
    expect(correctableField('gradDate', applicant, credential)).toMatchObject({ label: '毕(结)业日期', date: true });
    // 出生日期 comes from the 身份证号: corrected in the file, not here.
    expect(correctableField('birthDate', applicant, credential)).toBeNull();
    expect(correctableField('nonsense', applicant, credential)).toBeNull();
  });

  it('a corrected roster makes the same record compare equal again; nothing else changes', () => {
    const record = sampleRecord(applicant, credential, { capturedAt: at, changed: { major: '应用化学（精细化工方向）', gradDate: '2002-06-30' } });
    expect(credentialStatus(applicant, credential, record).state).toBe('mismatch');
    let a = applicant;
    for (const [key, typed] of [['major', ' 应用化学（精细化工方向） '], ['gradDate', '2002年6月30日']] as const) {
      const r = correctRoster(a, credential.id, key, typed);
      if (!r.ok) throw new Error(r.message);
      a = r.applicant;
    }
    const c = a.credentials.find((x) => x.id === credential.id)!;
    expect(c.major).toBe('应用化学（精细化工方向）');
    expect(c.kind === 'xueli' && c.gradDate).toBe('2002-06-30');
    expect(credentialStatus(a, c, record).state).toBe('match');
    expect({ ...a, credentials: [] }).toEqual({ ...applicant, credentials: [] });
    expect(a.credentials.filter((x) => x.id !== credential.id)).toEqual(applicant.credentials.filter((x) => x.id !== credential.id));
  });

  it('refuses, in Chinese and naming the field, what the roster itself would refuse', () => {
    expect(correctRoster(applicant, credential.id, 'gradDate', '2002年13月1日')).toEqual({ ok: false, message: expect.stringMatching(/^毕\(结\)业日期：/) });
    expect(correctRoster(applicant, credential.id, 'level', '大学')).toEqual({ ok: false, message: expect.stringContaining('层次应为') });
    expect(correctRoster(applicant, credential.id, 'name', '')).toEqual({ ok: false, message: expect.stringContaining('姓名') });
    expect(correctRoster(applicant, 'no-such', 'major', 'x')).toMatchObject({ ok: false });
    expect(correctRoster(applicant, credential.id, 'birthDate', '1990-01-01')).toMatchObject({ ok: false });
  });
});
