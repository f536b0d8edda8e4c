import { describe, expect, it } from 'vitest';
import { findCredential, matchPage } from '../../../shared/rules';
import { sampleApplicant } from '../../../shared/sample/applicants';
import { openStore } from '../../../shared/store';
import { PrefillQueue, PREFILL_TTL_MS, prefillKey, type SessionArea } from '../../../extension/background/prefill-queue';
import { createRouter } from '../../../extension/background/router';
import { pageKey, PageState, STORE_CHANGED_KEY, stillShown } from '../../../extension/messaging/page-state';
import { TabPages } from '../../../extension/background/tab-pages';
import { canonicalReportUrl } from '../../../extension/readers';

const OWN = 'ownextensionidownextensionidabcd';
const BASE = `chrome-extension://${OWN}/`;
const panel = { id: OWN, url: `${BASE}sidepanel.html` };
const site = (url: string, tabId: number) => ({ id: OWN, url, origin: new URL(url).origin, frameId: 0, tab: { id: tabId } });
const XUELI_FORM = 'https://www.chsi.com.cn/xlcx/lscx/query.do';
const XUEWEI_FORM = 'https://www.chsi.com.cn/xwcx/lscx/query.do';
const data = { kind: 'xueli' as const, certNo: '190011200205000421', name: '李秀英' };

/** storage.session as a Map (what the browser keeps in memory). */
function memoryArea(): SessionArea & { items: Map<string, unknown> } {
  const items = new Map<string, unknown>();
  return {
    items,
    get: async (key) => (items.has(key) ? { [key]: structuredClone(items.get(key)) } : {}),
    set: async (obj) => void Object.entries(obj).forEach(([k, v]) => items.set(k, structuredClone(v))),
    remove: async (key) => void items.delete(key),
  };
}

let n = 0;
async function setup(now = () => 1_000_000) {
  const store = await openStore(`router-test-${++n}`);
  await store.putApplicants([sampleApplicant('a02')]);
  const session = memoryArea();
  const queue = new PrefillQueue(memoryArea(), now);
  const route = createRouter({
    ownId: OWN,
    ownBaseUrl: BASE,
    requireOrigin: true,
    store,
    rules: { findCredential, matchPage },
    canonicalUrl: canonicalReportUrl,
    now: () => new Date('2026-11-25T10:00:00Z'),
    newId: () => 'r1',
    queue,
    pages: new TabPages(session),
    session,
  });
  return { store, session, queue, route };
}

describe('the number a query form is sent with', () => {
  it('ties a result to the queued credential only once its own number was seen submitted from that tab', async () => {
    const { route, queue } = await setup();
    const data = { kind: 'xueli' as const, certNo: '190011200205000421', name: '李秀英' };
    await route({ type: 'queue-prefill', tabId: 5, data, target: { applicantId: 'a02', credentialId: 'a02-xl1' } }, panel);
    expect(await queue.submittedTarget(5)).toBeUndefined(); // filled, not yet sent
    // Only the site's query page of that tab may say what was sent.
    await expect(route({ type: 'query-submitted', certNo: data.certNo }, site('https://www.chsi.com.cn/xlcx/bg.do?vcode=A', 5))).resolves.toEqual({ ok: false });
    await expect(route({ type: 'query-submitted', certNo: '1900 1120 0205 0004 21' }, site(XUELI_FORM, 5))).resolves.toEqual({ ok: true });
    expect(await queue.submittedTarget(5)).toEqual({ applicantId: 'a02', credentialId: 'a02-xl1' });
    // The user changed the number before sending: the result is about another certificate.
    await route({ type: 'query-submitted', certNo: '190011200205000999' }, site(XUELI_FORM, 5));
    expect(await queue.submittedTarget(5)).toBeUndefined();
    await route({ type: 'query-submitted', certNo: data.certNo }, site(XUELI_FORM, 6));
    expect(await queue.submittedTarget(6)).toBeUndefined(); // no prefill in that tab
  });
});

describe('background router', () => {
  it('leaves messages that are not ours unanswered', async () => {
    const { route } = await setup();
    expect(route({ type: 'something-else' }, panel)).toBeUndefined();
    expect(route(42, panel)).toBeUndefined();
    await expect(route({ type: 'capture', read: 'bad' }, site(XUELI_FORM, 1))).resolves.toMatchObject({ accepted: false });
  });

  it('queues a prefill only from our own page, and hands it only to the matching query page of that tab', async () => {
    const { route } = await setup();
    const queue = { type: 'queue-prefill', tabId: 5, data, target: { applicantId: 'a02', credentialId: 'a02-xl1' } };
    // A content script cannot queue one (its sender URL is the site's).
    await expect(route(queue, site(XUELI_FORM, 5))).resolves.toEqual({ ok: false });
    await expect(route({ type: 'prefill-request' }, site(XUELI_FORM, 5))).resolves.toBeNull();

    await expect(route(queue, panel)).resolves.toEqual({ ok: true });
    await expect(route({ type: 'prefill-request' }, site(XUELI_FORM, 5))).resolves.toEqual({ type: 'prefill', data });
    // Asked again (the user reloaded after a wrong captcha): still there.
    await expect(route({ type: 'prefill-request' }, site(`${XUELI_FORM}?x=1`, 5))).resolves.toEqual({ type: 'prefill', data });
    // Another tab, the degree form, a report page, a foreign site: nothing.
    await expect(route({ type: 'prefill-request' }, site(XUELI_FORM, 6))).resolves.toBeNull();
    await expect(route({ type: 'prefill-request' }, site(XUEWEI_FORM, 5))).resolves.toBeNull();
    await expect(route({ type: 'prefill-request' }, site('https://www.chsi.com.cn/xlcx/bg.do?vcode=A', 5))).resolves.toBeNull();
    await expect(route({ type: 'prefill-request' }, site('https://www.example-evil.cn/xlcx/lscx/query.do', 5))).resolves.toBeNull();
  });

  it("writes each tab's page to session storage under its own key and flags a store change when it recorded", async () => {
    const { route, session } = await setup();
    const form = { type: 'capture', url: XUELI_FORM, text: '', html: '', read: { kind: 'unknown', outcome: 'unknown', vcode: null, fields: {}, warnings: [] } };
    await expect(route(form, site(XUELI_FORM, 2))).resolves.toEqual({ accepted: true, verdict: 'not-a-result' });
    const state = PageState.parse(session.items.get(pageKey(2)));
    expect(state).toMatchObject({ tabId: 2, verdict: 'not-a-result', url: XUELI_FORM });
    expect(session.items.has(STORE_CHANGED_KEY)).toBe(false);

    const a = sampleApplicant('a02');
    const c = a.credentials.find((x) => x.id === 'a02-xl1')!;
    const fld = (label: string, v: string) => ({ label, raw: v, value: v, image: false });
    const report = {
      ...form,
      text: 'report',
      read: { kind: 'query-result', outcome: 'report', vcode: null, warnings: [], fields: { name: fld('姓名', a.name), certNo: fld('证书编号', c.certNo) } },
    };
    const url = 'https://www.chsi.com.cn/xlcx/lscx/mobileval.do?rndid=1';
    await expect(route(report, site(url, 2))).resolves.toEqual({ accepted: true, verdict: 'recorded' });
    expect(session.items.get(STORE_CHANGED_KEY)).toBe('2026-11-25T10:00:00.000Z');
    expect(PageState.parse(session.items.get(pageKey(2))).recordId).toBe('r1');
    // Another tab's page is kept beside it, not over it.
    await expect(route(form, site(XUELI_FORM, 3))).resolves.toEqual({ accepted: true, verdict: 'not-a-result' });
    expect(PageState.parse(session.items.get(pageKey(2))).recordId).toBe('r1');
    expect(PageState.parse(session.items.get(pageKey(3))).tabId).toBe(3);
  });

  it('refused captures change nothing', async () => {
    const { route, session } = await setup();
    const msg = { type: 'capture', url: 'x', text: '', html: '', read: { kind: 'unknown', outcome: 'unknown', vcode: null, fields: {}, warnings: [] } };
    await expect(route(msg, site('https://www.example-evil.cn/', 2))).resolves.toMatchObject({ accepted: false });
    expect(session.items.size).toBe(0);
  });
});

describe("a tab's page", () => {
  const state = (url: string) =>
    PageState.parse({ tabId: 4, url, capturedAt: '2026-11-25T10:00:00Z', kind: 'unknown', pageOutcome: 'unknown', vcode: null, fields: {}, warnings: [], verdict: 'not-a-result', advice: '' });
  const REPORT = 'https://www.chsi.com.cn/xlcx/bg.do?vcode=A';

  it('is shown only while the tab holds the same document', () => {
    expect(stillShown(state(REPORT), REPORT)).not.toBeNull();
    expect(stillShown(state(REPORT), `${REPORT}#top`)).not.toBeNull();
    // The state keeps the canonical address; the tab has the one the site gave (tracking parameters and all).
    expect(stillShown(state(REPORT), `${REPORT}&srcid=bgcx`)).not.toBeNull();
    expect(stillShown(state(REPORT), 'https://www.chsi.com.cn/xlcx/bg.do?vcode=B')).toBeNull();
    // No URL: the browser tells it only for the sites, so the tab left them.
    expect(stillShown(state(REPORT), undefined)).toBeNull();
    expect(stillShown(null, REPORT)).toBeNull();
  });

  it('is forgotten when its tab navigates elsewhere or closes, and kept on a reload', async () => {
    const area = memoryArea();
    const pages = new TabPages(area);
    await area.set(pages.entry(state(REPORT)));
    await pages.navigated(4, REPORT);
    expect(await pages.get(4)).not.toBeNull();
    await pages.navigated(4, undefined);
    expect(await pages.get(4)).toBeNull();
    await area.set(pages.entry(state(REPORT)));
    await pages.navigated(4, XUELI_FORM);
    expect(await pages.get(4)).toBeNull();
    await area.set(pages.entry(state(REPORT)));
    await pages.forget(4);
    expect(area.items.size).toBe(0);
  });
});

describe('PrefillQueue', () => {
  it('forgets a tab on request and entries after their time', async () => {
    let now = 0;
    const q = new PrefillQueue(memoryArea(), () => now);
    await q.put(1, data, { applicantId: 'a', credentialId: 'c' });
    await q.put(2, data);
    expect(await q.target(1)).toEqual({ applicantId: 'a', credentialId: 'c' });
    await q.forget(1);
    expect(await q.forPage(1, 'xueli')).toBeNull();
    expect(await q.forPage(2, 'xueli')).toEqual(data);
    expect(await q.forPage(2, 'xuewei')).toBeNull();
    now = PREFILL_TTL_MS + 1;
    expect(await q.forPage(2, 'xueli')).toBeNull();
  });

  it('keeps each tab under its own key, so concurrent calls for different tabs never undo each other', async () => {
    const area = memoryArea();
    const q = new PrefillQueue(area, () => 0);
    await q.put(1, data);
    // Started together: with one shared map, forget(1) would write back the map it read before put(2) landed.
    await Promise.all([q.put(2, data), q.forget(1), q.put(3, { ...data, kind: 'xuewei' })]);
    expect([...area.items.keys()].sort()).toEqual([prefillKey(2), prefillKey(3)]);
    expect(prefillKey(2)).toBe('prefill:2');
    expect(await q.forPage(1, 'xueli')).toBeNull();
    expect(await q.forPage(2, 'xueli')).toEqual(data);
    expect(await q.forPage(3, 'xuewei')).toMatchObject({ kind: 'xuewei' });
  });

  it('survives a corrupt session entry', async () => {
    const area = memoryArea();
    area.items.set(prefillKey(1), { data: 'garbage' });
    const q = new PrefillQueue(area, () => 0);
    expect(await q.forPage(1, 'xueli')).toBeNull();
    await q.put(1, data);
    expect(await q.forPage(1, 'xueli')).toEqual(data);
  });
});
