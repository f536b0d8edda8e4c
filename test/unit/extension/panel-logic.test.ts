import { describe, expect, it, vi } from 'vitest';
import { SCHEMA_VERSION, Settings, type VerificationRecord } from '../../../shared/model';
import { judgeByEye, matchPage } from '../../../shared/rules';
import { sampleApplicant, sampleCredential } from '../../../shared/sample/applicants';
import { backupFileName, parseBackupFile } from '../../../extension/panel/backup-file';
import { openQuery, prefillDataFor, type TabsApi } from '../../../extension/panel/open-query';
import { STATE_LABELS } from '../../../shared/ui';
import { userMessage } from '../../../shared/text/user-message';
import { StoreError } from '../../../shared/store';

function fakeTabs(active: { id?: number; url?: string } | undefined, contentReply?: unknown) {
  const calls: string[] = [];
  const tabs: TabsApi = {
    query: async () => (active ? [active] : []),
    create: async (p) => (calls.push(`create ${p.url} ${p.active}`), { id: 42 }),
    update: async (id, p) => void calls.push(`update ${id} ${p.url}`),
    sendMessage: async (id, m) => {
      calls.push(`send ${id} ${(m as { type: string }).type}`);
      if (contentReply === undefined) throw new Error('Could not establish connection. Receiving end does not exist.');
      return contentReply;
    },
  };
  return { tabs, calls };
}

describe('openQuery (去查验)', () => {
  const { applicant, credential } = sampleCredential('a02-xl1');
  const degree = sampleCredential('a02-xw1').credential;

  it('opens the 学历 query page in a new tab when the active tab is not a site, and queues the prefill for it', async () => {
    const { tabs, calls } = fakeTabs({ id: 1, url: 'chrome-extension://x/sidepanel.html' });
    const queued = vi.fn(async () => ({ ok: true }));
    const r = await openQuery(tabs, queued, applicant, credential);
    expect(r).toEqual({ tabId: 42, reused: false });
    expect(calls).toEqual(['create https://www.chsi.com.cn/xlcx/lscx/query.do true', 'send 42 prefill']);
    expect(queued).toHaveBeenCalledWith({
      type: 'queue-prefill',
      tabId: 42,
      data: { kind: 'xueli', certNo: credential.certNo, name: '李秀英' },
      target: { applicantId: 'a02', credentialId: 'a02-xl1' },
    });
  });

  it('reuses an active site tab for the 学位 query page', async () => {
    const { tabs, calls } = fakeTabs({ id: 7, url: 'https://www.chsi.com.cn/xlcx/bg.do?vcode=A' });
    const r = await openQuery(tabs, async () => ({}), applicant, degree);
    expect(r.reused).toBe(true);
    expect(calls[0]).toBe('update 7 https://www.chsi.com.cn/xwcx/lscx/query.do');
  });

  it('fills at once when the active tab already shows that query form', async () => {
    const { tabs, calls } = fakeTabs({ id: 7, url: 'https://www.chsi.com.cn/xlcx/lscx/query.do' }, { filled: ['certNo', 'name'] });
    const r = await openQuery(tabs, async () => ({}), applicant, credential);
    expect(calls).toEqual(['send 7 prefill']);
    expect(r.filled).toEqual({ filled: ['certNo', 'name'] });
  });

  it('has nothing to fill for a credential without a number', async () => {
    const a05 = sampleCredential('a05-xw1');
    expect(prefillDataFor(a05.applicant, a05.credential)).toBeNull();
    const { tabs, calls } = fakeTabs(undefined);
    await expect(openQuery(tabs, async () => ({}), a05.applicant, a05.credential)).rejects.toThrow('没有证书编号');
    expect(calls).toEqual([]);
  });
});

describe('judgeByEye', () => {
  it('records the confirmation of an image field and settles the outcome again', () => {
    const { applicant, credential } = sampleCredential('a02-xl1');
    if (credential.kind !== 'xueli') throw new Error('fixture');
    const f = (label: string, v: string, image = false) => ({ label, raw: image ? '' : v, value: image ? null : v, image });
    const fields = {
      name: f('姓名', '', true),
      gender: f('性别', applicant.gender),
      birthDate: f('出生日期', `${applicant.idNumber.slice(6, 10)}-${applicant.idNumber.slice(10, 12)}-${applicant.idNumber.slice(12, 14)}`),
      enrolDate: f('入学日期', credential.enrolDate!),
      gradDate: f('毕(结)业日期', credential.gradDate),
      level: f('层次', credential.level),
      school: f('学校名称', credential.school),
      major: f('专业', credential.major),
      studyMode: f('学习形式', credential.studyMode),
      certNo: f('证书编号', credential.certNo),
    };
    const read = { kind: 'xueli-report' as const, outcome: 'report' as const, vcode: null, fields, warnings: [] };
    const first = matchPage(read, applicant, credential);
    expect(first.comparison.find((c) => c.key === 'name')?.status).toBe('unreadable');
    const record: VerificationRecord = {
      schemaVersion: SCHEMA_VERSION, id: 'r', applicantId: applicant.id, credentialId: credential.id, site: 'chsi',
      pageKind: 'xueli-report', pageOutcome: 'report', url: 'https://www.chsi.com.cn/xlcx/bg.do?vcode=A', capturedAt: '2026-11-25T00:00:00Z',
      fields, vcode: null, sha256: '0'.repeat(64), outcome: first.outcome, comparison: first.comparison, confirmedByEye: [], differentByEye: [], warnings: [],
    };
    const updated = judgeByEye(record, 'name', 'same', applicant, credential);
    expect(updated.confirmedByEye).toEqual(['name']);
    expect(updated.comparison.find((c) => c.key === 'name')?.status).toBe('match');
    expect(updated.outcome).toBe('verified');
    // A text field cannot be "confirmed by eye": it is compared, not vouched for.
    expect(judgeByEye(record, 'major', 'same', applicant, credential).confirmedByEye).toEqual([]);
    // Different by eye is a mismatch naming the field; changing one's mind replaces the verdict; null takes it back.
    const different = judgeByEye(updated, 'name', 'different', applicant, credential);
    expect([different.confirmedByEye, different.differentByEye, different.outcome]).toEqual([[], ['name'], 'mismatch']);
    expect(different.comparison.find((c) => c.key === 'name')?.reason).toBe('姓名不一致：页面以图片显示，经目视核对与申报不一致');
    const undone = judgeByEye(different, 'name', null, applicant, credential);
    expect([undone.confirmedByEye, undone.differentByEye]).toEqual([[], []]);
    expect(undone.comparison.find((c) => c.key === 'name')?.status).toBe('unreadable');
  });
});

describe('backup files', () => {
  const good = { schemaVersion: SCHEMA_VERSION, app: 'zhicheng-desk', exportedAt: '2026-11-25T10:00:00.000Z', applicants: [sampleApplicant('a02')], records: [], settings: Settings.parse({}) };

  it('accepts a backup (with a BOM too) and names new ones by date', () => {
    expect(parseBackupFile(JSON.stringify(good)).ok).toBe(true);
    expect(parseBackupFile(`\uFEFF${JSON.stringify(good)}`).ok).toBe(true);
    expect(backupFileName(new Date(2026, 10, 5, 8, 3))).toBe('职称核验助手备份-20261105-0803.json');
  });

  it.each([
    ['a cut-off file', JSON.stringify(good).slice(0, 100), 'JSON'],
    ['another program’s JSON', '{"hello":1}', '不是职称核验助手的备份'],
    ['a newer version', JSON.stringify({ ...good, schemaVersion: 99 }), '较新版本'],
    ['a broken applicant', JSON.stringify({ ...good, applicants: [{ ...sampleApplicant('a02'), idNumber: '123' }] }), '申报人第1个'],
  ])('refuses %s with a Chinese reason', (_w, text, expected) => {
    const r = parseBackupFile(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(expected);
  });
});

describe('userMessage', () => {
  it('passes Chinese messages through and hides English internals', () => {
    expect(userMessage(new StoreError('quota', '存储空间已满'), '保存名单')).toBe('保存名单失败：存储空间已满');
    const m = userMessage(new TypeError('Cannot read properties of undefined'), '导出备份');
    expect(m).toMatch(/^导出备份失败：/);
    expect(m).not.toContain('undefined');
  });
});

describe('records awaiting the eye', () => {
  it('the advice names the field still to confirm by eye', async () => {
    const { adviceFor } = await import('../../../extension/background/advice');
    const advice = adviceFor({ kind: 'xueli-report', pageOutcome: 'report', verdict: 'recorded', outcome: 'verified', unconfirmed: ['姓名'] });
    expect(advice).toContain('姓名在页面上以图片显示');
    expect(STATE_LABELS.confirm).toBe('待目视核对');
  });
});
