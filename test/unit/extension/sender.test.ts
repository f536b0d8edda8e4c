import { describe, expect, it } from 'vitest';
import { checkSiteSender, isOwnPage } from '../../../extension/messaging/sender';

const OWN = 'abcdefghijklmnopabcdefghijklmnop';
const opts = { ownId: OWN, requireOrigin: true };
const good = {
  id: OWN,
  url: 'https://www.chsi.com.cn/xlcx/bg.do?vcode=A123456789012345&srcid=bgcx',
  origin: 'https://www.chsi.com.cn',
  frameId: 0,
  tab: { id: 7 },
};

describe('checkSiteSender', () => {
  it('accepts our content script in a site tab and returns the browser-given url and tab', () => {
    expect(checkSiteSender(good, opts)).toEqual({ ok: true, url: good.url, tabId: 7 });
  });

  it.each([
    ['another extension', { ...good, id: 'someone-else' }],
    ['no tab (e.g. an extension page)', { ...good, tab: undefined }],
    ['a sub-frame', { ...good, frameId: 3 }],
    ['plain http', { ...good, url: 'http://www.chsi.com.cn/xlcx/bg.do?vcode=A', origin: 'http://www.chsi.com.cn' }],
    ['a look-alike host', { ...good, url: 'https://www.chsi.com.cn.evil.cn/xlcx/bg.do', origin: 'https://www.chsi.com.cn.evil.cn' }],
    ['loopback', { ...good, url: 'https://127.0.0.1:8443/xlcx/bg.do', origin: 'https://127.0.0.1:8443' }],
    ['an origin that differs from the url', { ...good, origin: 'https://www.example-evil.cn' }],
    ['a site url with a port', { ...good, url: 'https://www.chsi.com.cn:8443/x', origin: 'https://www.chsi.com.cn:8443' }],
    ['no url', { ...good, url: undefined }],
    ['no origin where the browser always sets one', { ...good, origin: undefined }],
    ['an opaque origin', { ...good, origin: 'null' }],
  ])('refuses %s', (_what, sender) => {
    const r = checkSiteSender(sender, opts);
    expect(r.ok).toBe(false);
  });

  it('accepts a missing origin only where the browser never sets one (Firefox)', () => {
    expect(checkSiteSender({ ...good, origin: undefined }, { ownId: OWN, requireOrigin: false }).ok).toBe(true);
    // …but a present origin is still checked there.
    expect(checkSiteSender({ ...good, origin: 'https://evil.cn' }, { ownId: OWN, requireOrigin: false }).ok).toBe(false);
  });

  it('checks every site host and no other', () => {
    for (const host of ['www.chsi.com.cn', 'my.chsi.com.cn', 'www.chinadegrees.cn', 'www.cdgdc.edu.cn']) {
      expect(checkSiteSender({ ...good, url: `https://${host}/a`, origin: `https://${host}` }, opts).ok).toBe(true);
    }
    expect(checkSiteSender({ ...good, url: 'https://chsi.com.cn/a', origin: 'https://chsi.com.cn' }, opts).ok).toBe(false);
  });
});

describe('isOwnPage', () => {
  const base = `chrome-extension://${OWN}/`;
  it('is true for our side panel and false for content scripts or other extensions', () => {
    expect(isOwnPage({ id: OWN, url: `${base}sidepanel.html` }, OWN, base)).toBe(true);
    expect(isOwnPage({ id: OWN, url: good.url, tab: { id: 1 } }, OWN, base)).toBe(false);
    expect(isOwnPage({ id: 'other', url: `chrome-extension://other/sidepanel.html` }, OWN, base)).toBe(false);
    expect(isOwnPage({ id: OWN }, OWN, base)).toBe(false);
  });
});
