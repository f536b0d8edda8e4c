import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { idBirthDate, type PageRead, type ReadField } from '../../../shared/model';
import { findCredential, matchPage } from '../../../shared/rules';
import { sampleApplicant, sampleCredential } from '../../../shared/sample/applicants';
import { openStore, type Store } from '../../../shared/store';
import { handleCapture, sha256Hex, siteOf, type CaptureDeps } from '../../../extension/background/capture';
import { canonicalReportUrl } from '../../../extension/readers';
import { mayBecomeRecord } from '../../../extension/messaging/messages';

const OWN = 'ownextensionidownextensionidabcd';
const REPORT_URL = 'https://www.chsi.com.cn/xlcx/bg.do?vcode=A1B2C3D4E5F6G7H8&srcid=bgcx&lang=CN';
const sender = (url = REPORT_URL, tabId = 3) => ({ id: OWN, url, origin: new URL(url).origin, frameId: 0, tab: { id: tabId } });

const f = (label: string, raw: string, value: string | null = raw, image = false): ReadField => ({ label, raw, value, image });

/** A 学历 report about 李秀英 (a02-xl1) as a reader would give it; `over` changes fields. */
function xueliRead(over: Partial<PageRead['fields']> = {}, base: Partial<PageRead> = {}): PageRead {
  const { applicant: a, credential: c } = sampleCredential('a02-xl1');
  if (c.kind !== 'xueli') throw new Error('fixture');
  return {
    kind: 'xueli-report',
    outcome: 'report',
    vcode: 'A1B2C3D4E5F6G7H8',
    warnings: [],
    fields: {
      name: f('姓名', a.name),
      gender: f('性别', a.gender),
      birthDate: f('出生日期', idBirthDate(a.idNumber)),
      enrolDate: f('入学日期', c.enrolDate ?? ''),
      gradDate: f('毕(结)业日期', c.gradDate),
      level: f('层次', c.level),
      school: f('学校名称', c.school),
      major: f('专业', c.major),
      studyMode: f('学习形式', c.studyMode),
      certNo: f('证书编号', c.certNo),
      ...over,
    },
    ...base,
  };
}

const capture = (read: PageRead, text = '页面文字') => ({ type: 'capture', url: 'https://ignored.example/', read, text, html: '<html><body>快照</body></html>' });

let store: Store;
let deps: CaptureDeps;
let n = 0;
beforeEach(async () => {
  store = await openStore(`capture-test-${++n}`);
  await store.putApplicants([sampleApplicant('a02'), sampleApplicant('a06')]);
  let id = 0;
  deps = {
    ownId: OWN,
    requireOrigin: true,
    store,
    rules: { findCredential, matchPage },
    canonicalUrl: canonicalReportUrl,
    now: () => new Date('2026-11-25T10:00:00.000Z'),
    newId: () => `rec-${++id}`,
  };
});
afterEach(() => store.close());

describe('handleCapture', () => {
  it('stores a verified record with the canonical URL, the text hash and the snapshot', async () => {
    const r = await handleCapture(capture(xueliRead(), '报告全文'), sender(), deps);
    expect(r.accepted).toBe(true);
    if (!r.accepted) return;
    expect(r.state).toMatchObject({ verdict: 'recorded', outcome: 'verified', applicantId: 'a02', credentialId: 'a02-xl1', recordId: 'rec-1', tabId: 3 });
    expect(r.state.advice).toContain('各项一致');
    const [rec] = await store.listRecords('a02');
    expect(rec).toMatchObject({
      id: 'rec-1',
      url: 'https://www.chsi.com.cn/xlcx/bg.do?vcode=A1B2C3D4E5F6G7H8',
      site: 'chsi',
      outcome: 'verified',
      vcode: 'A1B2C3D4E5F6G7H8',
      sha256: createHash('sha256').update('报告全文', 'utf8').digest('hex'),
      snapshotHtml: '<html><body>快照</body></html>',
      capturedAt: '2026-11-25T10:00:00.000Z',
    });
  });

  it('stores a mismatch with each differing field explained', async () => {
    const r = await handleCapture(capture(xueliRead({ major: f('专业', '车辆工程') })), sender(), deps);
    expect(r.accepted && r.state.outcome).toBe('mismatch');
    const [rec] = await store.listRecords('a02');
    const major = rec!.comparison.find((c) => c.key === 'major');
    expect(major).toMatchObject({ status: 'mismatch', actual: '车辆工程' });
    expect(major!.reason).toContain('专业不一致');
  });

  it('takes the URL from the sender, never from the message', async () => {
    await handleCapture({ ...capture(xueliRead()), url: 'https://www.chsi.com.cn/xlcx/bg.do?vcode=ZZZZZZZZZZZZZZZZ' }, sender(), deps);
    const [rec] = await store.listRecords();
    expect(rec!.url).toBe('https://www.chsi.com.cn/xlcx/bg.do?vcode=A1B2C3D4E5F6G7H8');
  });

  it('refuses captures from anywhere but our content script on a site, and stores nothing', async () => {
    const bad = [
      { ...sender(), id: 'other' },
      sender('https://www.example-evil.cn/xlcx/bg.do?vcode=A1B2C3D4E5F6G7H8'),
      sender('https://127.0.0.1:8443/xlcx/bg.do?vcode=A1B2C3D4E5F6G7H8'),
      { ...sender(), origin: 'https://www.example-evil.cn' },
      { ...sender(), tab: undefined },
    ];
    for (const s of bad) expect((await handleCapture(capture(xueliRead()), s, deps)).accepted).toBe(false);
    expect(await store.listRecords()).toEqual([]);
  });

  it('refuses malformed messages', async () => {
    for (const m of [null, 'capture', { type: 'capture' }, { ...capture(xueliRead()), text: 'x'.repeat(300_000) }, { ...capture(xueliRead()), read: { kind: 'nope' } }]) {
      expect((await handleCapture(m, sender(), deps)).accepted).toBe(false);
    }
    expect(await store.listRecords()).toEqual([]);
  });

  it('does not store the same page twice, but stores a changed page again', async () => {
    await handleCapture(capture(xueliRead(), 'A'), sender(), deps);
    const again = await handleCapture(capture(xueliRead(), 'A'), sender(), deps);
    expect(again.accepted && again.state).toMatchObject({ verdict: 'duplicate', recordId: 'rec-1' });
    const changed = await handleCapture(capture(xueliRead(), 'B'), sender(), deps);
    expect(changed.accepted && changed.state.verdict).toBe('recorded');
    expect(await store.listRecords()).toHaveLength(2);
  });

  it('reports a report of nobody in the roster without storing it', async () => {
    const r = await handleCapture(capture(xueliRead({ certNo: f('证书编号', '190011202205999999') })), sender(), deps);
    expect(r.accepted && r.state).toMatchObject({ verdict: 'unmatched' });
    expect(r.accepted && r.state.advice).toContain('不在名单中');
    expect(await store.listRecords()).toEqual([]);
  });

  it('never stores archive pages, 学籍 reports or text drawn in an obfuscation font', async () => {
    const reads: PageRead[] = [
      { kind: 'archive-page', outcome: 'refused', vcode: null, fields: {}, warnings: ['这是学信档案页面，不是在线验证报告'] },
      xueliRead({}, { kind: 'xueji-report' }),
      xueliRead({ name: f('姓名', '\uE012\uE013') }),
    ];
    for (const read of reads) {
      const r = await handleCapture(capture(read), sender(), deps);
      expect(r.accepted && r.state.verdict).toBe('refused');
    }
    expect(await store.listRecords()).toEqual([]);
  });

  it('never stores a record whose page text is missing (the hash would prove nothing)', async () => {
    const r = await handleCapture(capture(xueliRead(), '  '), sender(), deps);
    expect(r.accepted && r.state).toMatchObject({ verdict: 'failed', applicantId: 'a02', credentialId: 'a02-xl1' });
    expect(r.accepted && r.state.advice).toContain('未收到页面内容');
    expect(await store.listRecords()).toEqual([]);
  });

  it('refuses or ignores, without storing, every reading whose capture carries no page (mayBecomeRecord)', async () => {
    const reads: PageRead[] = [
      { kind: 'archive-page', outcome: 'refused', vcode: null, fields: {}, warnings: [] },
      // Even an archive page a reader took for a report: the kind alone keeps it out.
      xueliRead({}, { kind: 'archive-page' }),
      xueliRead({}, { kind: 'xueji-report' }),
      xueliRead({}, { outcome: 'refused' }),
      { kind: 'error-page', outcome: 'rate-limited', vcode: null, fields: {}, warnings: [] },
      { kind: 'unknown', outcome: 'unknown', vcode: null, fields: {}, warnings: [] },
    ];
    for (const read of reads) {
      expect(mayBecomeRecord(read)).toBe(false);
      const r = await handleCapture({ ...capture(read, ''), html: '' }, sender(), deps);
      expect(r.accepted && ['refused', 'not-a-result'].includes(r.state.verdict)).toBe(true);
    }
    expect(mayBecomeRecord(xueliRead())).toBe(true);
    expect(mayBecomeRecord({ kind: 'error-page', outcome: 'expired' })).toBe(true);
    expect(await store.listRecords()).toEqual([]);
  });

  it('ties an error page to a credential through an earlier record of the same report URL', async () => {
    await handleCapture(capture(xueliRead()), sender(), deps);
    const expired: PageRead = { kind: 'error-page', outcome: 'expired', vcode: null, fields: {}, warnings: ['页面提示：在线验证报告已过期，无法在线验证。'] };
    // Same report, reached with other noise parameters.
    const r = await handleCapture(capture(expired, '已过期'), sender('https://www.chsi.com.cn/xlcx/bg.do?vcode=A1B2C3D4E5F6G7H8&srcid=archive&trnd=1'), deps);
    expect(r.accepted && r.state).toMatchObject({ verdict: 'recorded', outcome: 'expired', credentialId: 'a02-xl1' });
    expect(r.accepted && r.state.advice).toContain('请申请人重新提供在线验证码');
    const recs = await store.listRecords('a02');
    expect(recs.map((x) => x.outcome)).toEqual(['verified', 'expired']);
    expect(recs[1]!.warnings.join()).toContain('延长有效期');
  });

  it('reports an error page tied to nothing as the current page only, with what to do next', async () => {
    const invalid: PageRead = { kind: 'error-page', outcome: 'invalid-code', vcode: null, fields: {}, warnings: [] };
    const r = await handleCapture(capture(invalid), sender('https://www.chsi.com.cn/xlcx/bg.do?vcode=Q000000000000000'), deps);
    expect(r.accepted && r.state).toMatchObject({ verdict: 'not-recorded' });
    expect(r.accepted && r.state.advice).toContain('请申请人重新提供在线验证码');
    const limited: PageRead = { kind: 'error-page', outcome: 'rate-limited', vcode: null, fields: {}, warnings: [] };
    const r2 = await handleCapture(capture(limited), sender(), deps);
    expect(r2.accepted && r2.state.advice).toContain('请在页面上输入验证码后继续');
    expect(await store.listRecords()).toEqual([]);
  });

  it('ties a "not found" query result to the credential its tab was opened for', async () => {
    const notFound: PageRead = { kind: 'query-result', outcome: 'not-found', vcode: null, fields: {}, warnings: [] };
    const url = 'https://www.chsi.com.cn/xlcx/lscx/mobileval.do?rndid=abc';
    const withTarget = { ...deps, targetOfTab: async (tabId: number) => (tabId === 9 ? { applicantId: 'a06', credentialId: 'a06-xl1' } : undefined) };
    const other = await handleCapture(capture(notFound), sender(url, 4), withTarget);
    expect(other.accepted && other.state.verdict).toBe('not-recorded');
    const r = await handleCapture(capture(notFound), sender(url, 9), withTarget);
    expect(r.accepted && r.state).toMatchObject({ verdict: 'recorded', outcome: 'not-found', applicantId: 'a06' });
    // A report URL opened in that tab is not a query result: it is not tied by the tab.
    const expired: PageRead = { kind: 'error-page', outcome: 'expired', vcode: null, fields: {}, warnings: [] };
    const r3 = await handleCapture(capture(expired), sender('https://www.chsi.com.cn/xlcx/bg.do?vcode=B000000000000000', 9), withTarget);
    expect(r3.accepted && r3.state.verdict).toBe('not-recorded');
  });

  it('ties a query page without a result to the number it names, never to the tab\'s queued credential', async () => {
    const url = 'https://www.chsi.com.cn/xlcx/lscx/mobileval.do?rndid=def';
    const queued = { ...deps, targetOfTab: async () => ({ applicantId: 'a06', credentialId: 'a06-xl1' }) };
    const invalid = (queriedCertNo: string): PageRead => ({ kind: 'error-page', outcome: 'invalid-code', vcode: null, fields: {}, warnings: [], queriedCertNo });
    const other = await handleCapture(capture(invalid('190099202005000001')), sender(url, 9), queued);
    expect(other.accepted && other.state.verdict).toBe('not-recorded');
    const named = await handleCapture(capture(invalid(sampleCredential('a02-xl1').credential.certNo)), sender(url, 9), queued);
    expect(named.accepted && named.state).toMatchObject({ verdict: 'recorded', outcome: 'not-found', applicantId: 'a02', credentialId: 'a02-xl1' });
  });

  it('turns a store failure into a Chinese message instead of throwing', async () => {
    const broken = { ...deps, store: { ...store, listApplicants: store.listApplicants.bind(store), listRecords: store.listRecords.bind(store), putRecord: async () => { throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' }); } } };
    const r = await handleCapture(capture(xueliRead()), sender(), broken);
    expect(r.accepted && r.state.verdict).toBe('failed');
    expect(r.accepted && r.state.advice).toMatch(/^查验结果未能保存：/);
  });

  it('says the query form is not a result', async () => {
    const form: PageRead = { kind: 'unknown', outcome: 'unknown', vcode: null, fields: {}, warnings: ['这是零散查询的查询页面'] };
    const r = await handleCapture(capture(form), sender('https://www.chsi.com.cn/xlcx/lscx/query.do'), deps);
    expect(r.accepted && r.state.verdict).toBe('not-a-result');
  });
});

describe('helpers', () => {
  it('sha256Hex agrees with node:crypto on Chinese text', async () => {
    const s = '教育部学历证书电子注册备案表 𠮷';
    expect(await sha256Hex(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
  });
  it('siteOf names the site of each host', () => {
    expect(siteOf('https://www.chsi.com.cn/x')).toBe('chsi');
    expect(siteOf('https://www.chinadegrees.cn/cqva/report/result.html')).toBe('chinadegrees');
    expect(siteOf('https://www.cdgdc.edu.cn/x')).toBe('cdgdc');
  });
});
