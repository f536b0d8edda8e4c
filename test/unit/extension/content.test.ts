import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageRead } from '../../../shared/model';
import { fillQueryForm } from '../../../extension/content/prefill';
import { startContent } from '../../../extension/content/run';
import { pageText, snapshotHtml } from '../../../extension/content/snapshot';
import { watchPage } from '../../../extension/content/watch';
import type { CaptureMessage } from '../../../extension/messaging/messages';

const dom = (html: string) => parseHTML(html).document as unknown as Document;

const QUERY_FORM = `<html><body><form id="f">
  <input id="zsbh" name="zsbh"><input id="xm" name="xm"><input id="yzm" name="yzm" value="">
  <button id="xueliSubmit" type="submit">查询</button></form></body></html>`;
const XUELI_QUERY = 'https://www.chsi.com.cn/xlcx/lscx/query.do';
const XUEWEI_QUERY = 'https://www.chsi.com.cn/xwcx/lscx/query.do?from=home';
const data = { kind: 'xueli' as const, certNo: '190011202205000123', name: '李秀英' };

describe('snapshotHtml', () => {
  it('removes everything executable and keeps the content', () => {
    const doc = dom(`<html><head><script>steal()</script><meta http-equiv="refresh" content="0;url=https://x">
      <style>.a{color:red}</style></head><body onload="x()"><noscript>n</noscript><iframe src="https://ad"></iframe>
      <object data="x.swf"></object><embed src="y"><a href="javascript:alert(1)" onclick="y()">链接</a>
      <img src="https://www.chsi.com.cn/x.jpg" onerror="z()"><table><tr><th>姓名</th><td>张三</td></tr></table></body></html>`);
    const html = snapshotHtml(doc);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<noscript|<iframe|<object|<embed|http-equiv|javascript:|onload|onclick|onerror/i);
    expect(html).toContain('<th>姓名</th><td>张三</td>');
    expect(html).toContain('.a{color:red}');
    expect(html).toContain('https://www.chsi.com.cn/x.jpg');
    // The live page is untouched.
    expect(doc.querySelectorAll('script').length).toBe(1);
  });

  it('drops inline images first, then cuts, to stay under the cap', () => {
    const big = 'A'.repeat(5000);
    const doc = dom(`<html><body><p>正文</p><img id="photo" src="data:image/jpeg;base64,${big}"></body></html>`);
    const noPhoto = snapshotHtml(doc, 2000);
    expect(noPhoto.length).toBeLessThanOrEqual(2000);
    expect(noPhoto).toContain('正文');
    expect(noPhoto).not.toContain(big.slice(0, 100));
    const long = dom(`<html><body><p>${'长'.repeat(5000)}</p></body></html>`);
    const cut = snapshotHtml(long, 1000);
    expect(cut.length).toBe(1000);
    expect(cut.endsWith('<!-- zhicheng-desk: snapshot truncated -->')).toBe(true);
  });

  it('pageText caps the text', () => {
    expect(pageText(dom('<html><body><p>一二三四五</p></body></html>'), 3)).toBe('一二三');
  });
});

describe('the query form\'s submission', () => {
  it('tells the background the number the form is sent with, on a click of its button', async () => {
    const doc = dom(QUERY_FORM);
    const sent: unknown[] = [];
    const stop = startContent({
      doc,
      url: () => XUELI_QUERY,
      runtime: { sendMessage: async (m) => (sent.push(m), null), onMessage: { addListener: () => {} } },
      readPage: () => ({ kind: 'unknown', outcome: 'unknown', vcode: null, fields: {}, warnings: [] }),
      watch: { debounceMs: 10, maxSends: 1, maxWatchMs: 1000 },
    });
    (doc.getElementById('zsbh') as HTMLInputElement).value = ' 190011202205000123 ';
    doc.getElementById('xueliSubmit')!.dispatchEvent(new (doc.defaultView!.Event)('click', { bubbles: true }));
    expect(sent).toContainEqual({ type: 'query-submitted', certNo: '190011202205000123' });
    stop();
  });
});

describe('fillQueryForm', () => {
  it('types the number and name with input/change events, focuses the captcha, never touches it or submits', () => {
    const doc = dom(QUERY_FORM);
    const events: string[] = [];
    for (const id of ['zsbh', 'xm']) {
      const el = doc.getElementById(id)!;
      el.addEventListener('input', () => events.push(`${id}:input`));
      el.addEventListener('change', () => events.push(`${id}:change`));
    }
    let submitted = false;
    doc.getElementById('f')!.addEventListener('submit', () => (submitted = true));
    const captcha = doc.getElementById('yzm') as HTMLInputElement;
    const focus = vi.fn();
    captcha.focus = focus;

    const r = fillQueryForm(doc, XUELI_QUERY, data, { onlyEmpty: false });
    expect(r).toEqual({ filled: ['certNo', 'name'] });
    expect((doc.getElementById('zsbh') as HTMLInputElement).value).toBe(data.certNo);
    expect((doc.getElementById('xm') as HTMLInputElement).value).toBe('李秀英');
    expect(events).toEqual(['zsbh:input', 'zsbh:change', 'xm:input', 'xm:change']);
    expect(focus).toHaveBeenCalledOnce();
    expect(captcha.value).toBe('');
    expect(submitted).toBe(false);
  });

  it('refuses a page that is not the query page of that kind', () => {
    const doc = dom(QUERY_FORM);
    const r = fillQueryForm(doc, XUEWEI_QUERY, data, { onlyEmpty: false });
    expect(r.filled).toEqual([]);
    expect(r.problem).toContain('学位零散查询');
    expect((doc.getElementById('zsbh') as HTMLInputElement).value).toBe('');
    expect(fillQueryForm(doc, 'https://www.chsi.com.cn/xlcx/bg.do?vcode=X', data, { onlyEmpty: false }).problem).toContain(
      '不是学信网的零散查询页面',
    );
  });

  it('does not overwrite what the user typed when asked to fill only empty inputs', () => {
    const doc = dom(QUERY_FORM);
    (doc.getElementById('xm') as HTMLInputElement).value = '王五';
    const r = fillQueryForm(doc, XUELI_QUERY, data, { onlyEmpty: true });
    expect(r.filled).toEqual(['certNo']);
    expect((doc.getElementById('xm') as HTMLInputElement).value).toBe('王五');
  });

  it('says which input is missing when the page changed', () => {
    const doc = dom('<html><body><input id="zsbh"></body></html>');
    const r = fillQueryForm(doc, XUELI_QUERY, data, { onlyEmpty: false });
    expect(r.filled).toEqual(['certNo']);
    expect(r.problem).toContain('姓名（#xm）');
  });
});

const read = (over: Partial<PageRead> = {}): PageRead => ({
  kind: 'unknown',
  outcome: 'unknown',
  vcode: null,
  fields: {},
  warnings: [],
  ...over,
});

describe('watchPage', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends once on load, again when the DOM settles on a different reading, never for the same reading', async () => {
    const { document, window } = parseHTML('<html><body><div id="r"></div></body></html>');
    const doc = document as unknown as Document;
    const sent: CaptureMessage[] = [];
    const readPage = vi.fn((d: Document) =>
      d.getElementById('r')!.textContent === '' ? read() : read({ kind: 'xueli-report', outcome: 'report' }),
    );
    const stop = watchPage(
      { doc, url: () => 'https://www.chsi.com.cn/xlcx/bg.do?vcode=X', readPage, send: async (m) => void sent.push(m) },
      { debounceMs: 100, maxSends: 5, maxWatchMs: 60_000 },
    );
    expect(sent.map((m) => m.read.kind)).toEqual(['unknown']);
    expect(sent[0]!.type).toBe('capture');
    // Not a result yet: the page itself is not sent.
    expect(sent[0]).toMatchObject({ text: '', html: '' });

    // Unrelated churn with the same reading: read again, not sent again.
    document.body.append(document.createElement('span'));
    await vi.advanceTimersByTimeAsync(150);
    expect(sent).toHaveLength(1);

    // The result arrives in three quick bursts: one read after the last.
    const calls = readPage.mock.calls.length;
    for (let i = 0; i < 3; i++) {
      document.getElementById('r')!.textContent = `结果${i}`;
      await vi.advanceTimersByTimeAsync(30);
    }
    await vi.advanceTimersByTimeAsync(150);
    expect(readPage.mock.calls.length).toBe(calls + 1);
    expect(sent.map((m) => m.read.kind)).toEqual(['unknown', 'xueli-report']);
    expect(sent[1]!.text).toContain('结果2');
    expect(sent[1]!.html).toContain('结果2');
    stop();
    void window;
  });

  it('stops after maxSends and after maxWatchMs', async () => {
    const { document } = parseHTML('<html><body></body></html>');
    const doc = document as unknown as Document;
    let n = 0;
    const sent: unknown[] = [];
    watchPage(
      { doc, url: () => 'https://www.chsi.com.cn/', readPage: () => read({ warnings: [String(n++)] }), send: async (m) => void sent.push(m) },
      { debounceMs: 10, maxSends: 3, maxWatchMs: 60_000 },
    );
    for (let i = 0; i < 10; i++) {
      document.body.append(document.createElement('i'));
      await vi.advanceTimersByTimeAsync(20);
    }
    expect(sent).toHaveLength(3);

    const sent2: unknown[] = [];
    const { document: d2 } = parseHTML('<html><body></body></html>');
    watchPage(
      { doc: d2 as unknown as Document, url: () => 'https://www.chsi.com.cn/', readPage: () => read({ warnings: [String(n++)] }), send: async (m) => void sent2.push(m) },
      { debounceMs: 10, maxSends: 100, maxWatchMs: 1000 },
    );
    await vi.advanceTimersByTimeAsync(1500);
    d2.body.append(d2.createElement('i'));
    await vi.advanceTimersByTimeAsync(50);
    expect(sent2).toHaveLength(1);
  });

  it('sends an archive page\'s reading without its text or snapshot (ID numbers stay in the tab)', async () => {
    const doc = dom('<html><body><h1>学信档案</h1><p>身份证号 110101199001011234</p></body></html>');
    const sent: CaptureMessage[] = [];
    const reads = [read({ kind: 'archive-page', outcome: 'refused' }), read({ kind: 'xueji-report', outcome: 'report' }), read({ kind: 'error-page', outcome: 'rate-limited' })];
    for (const r of reads) {
      watchPage({ doc, url: () => 'https://my.chsi.com.cn/archive/index.jsp', readPage: () => r, send: async (m) => void sent.push(m) })();
    }
    expect(sent.map((m) => m.read.kind)).toEqual(['archive-page', 'xueji-report', 'error-page']);
    for (const m of sent) {
      expect(m.text).toBe('');
      expect(m.html).toBe('');
    }
    // The same page read as a report does carry both.
    const report: CaptureMessage[] = [];
    watchPage({ doc, url: () => 'https://www.chsi.com.cn/xlcx/bg.do?vcode=X', readPage: () => read({ kind: 'xueli-report', outcome: 'report' }), send: async (m) => void report.push(m) })();
    expect(report[0]!.text).toContain('110101199001011234');
    expect(report[0]!.html).toContain('<h1>学信档案</h1>');
  });

  it('survives a reader that throws and a background that is away', async () => {
    const { document } = parseHTML('<html><body></body></html>');
    const log = vi.fn();
    const stop = watchPage(
      {
        doc: document as unknown as Document,
        url: () => 'https://www.chsi.com.cn/',
        readPage: () => {
          throw new Error('boom');
        },
        send: () => Promise.reject(new Error('no receiver')),
        log,
      },
      { debounceMs: 10, maxSends: 3, maxWatchMs: 1000 },
    );
    expect(log).toHaveBeenCalledWith('readPage failed', expect.any(Error));
    stop();
  });
});

describe('startContent', () => {
  function fakeRuntime(reply: unknown) {
    const listeners: ((m: unknown) => Promise<unknown> | undefined)[] = [];
    const sent: unknown[] = [];
    return {
      sent,
      listeners,
      runtime: {
        sendMessage: async (m: unknown) => {
          sent.push(m);
          return (m as { type: string }).type === 'prefill-request' ? reply : { accepted: true };
        },
        onMessage: { addListener: (cb: (m: unknown) => Promise<unknown> | undefined) => void listeners.push(cb) },
      },
    };
  }

  it('on a query page asks for a waiting prefill and fills only empty inputs', async () => {
    const doc = dom(QUERY_FORM);
    (doc.getElementById('zsbh') as HTMLInputElement).value = '已输入';
    const rt = fakeRuntime({ type: 'prefill', data });
    const stop = startContent({ doc, url: () => XUELI_QUERY, runtime: rt.runtime, readPage: () => read() });
    await new Promise((r) => setTimeout(r, 0));
    expect(rt.sent.map((m) => (m as { type: string }).type)).toEqual(['prefill-request', 'capture']);
    expect((doc.getElementById('zsbh') as HTMLInputElement).value).toBe('已输入');
    expect((doc.getElementById('xm') as HTMLInputElement).value).toBe('李秀英');
    stop();
  });

  it('answers a pushed prefill (overwriting) and ignores anything else', async () => {
    const doc = dom(QUERY_FORM);
    (doc.getElementById('zsbh') as HTMLInputElement).value = '旧值';
    const rt = fakeRuntime(null);
    const stop = startContent({ doc, url: () => XUELI_QUERY, runtime: rt.runtime, readPage: () => read() });
    const listener = rt.listeners[0]!;
    expect(listener({ type: 'capture' })).toBeUndefined();
    expect(listener({ type: 'prefill', data: { ...data, certNo: '' } })).toBeUndefined();
    await expect(listener({ type: 'prefill', data })).resolves.toEqual({ filled: ['certNo', 'name'] });
    expect((doc.getElementById('zsbh') as HTMLInputElement).value).toBe(data.certNo);
    stop();
  });

  it('does not ask for a prefill on other pages', () => {
    const rt = fakeRuntime(null);
    const stop = startContent({
      doc: dom('<html><body>报告</body></html>'),
      url: () => 'https://www.chsi.com.cn/xlcx/bg.do?vcode=A',
      runtime: rt.runtime,
      readPage: () => read(),
    });
    expect(rt.sent.map((m) => (m as { type: string }).type)).toEqual(['capture']);
    stop();
  });
});
