import { describe, expect, it } from 'vitest';
import { isSiteUrl } from '../../../shared/sites';
import { READERS, canonicalReportUrl, urlMatchesPattern } from '../../../extension/readers';

describe('canonicalReportUrl', () => {
  it('drops the noise parameters and keeps the code', () => {
    expect(canonicalReportUrl('https://www.chsi.com.cn/xlcx/bg.do?vcode=A7K2M9Q4R8T1W6Y3&srcid=bgcx')).toBe(
      'https://www.chsi.com.cn/xlcx/bg.do?vcode=A7K2M9Q4R8T1W6Y3',
    );
    expect(canonicalReportUrl('https://www.chsi.com.cn/xlcx/bg.do?srcid=archive&vcode=A7K2M9Q4R8T1W6Y3&trnd=58123467&lang=en&from=wap')).toBe(
      'https://www.chsi.com.cn/xlcx/bg.do?vcode=A7K2M9Q4R8T1W6Y3',
    );
  });
  it('keeps every other parameter and drops the fragment', () => {
    expect(canonicalReportUrl('https://www.chinadegrees.cn/cqva/report/result.html?appcod=2019112614270016&finishcod=3FA9C2#print')).toBe(
      'https://www.chinadegrees.cn/cqva/report/result.html?appcod=2019112614270016&finishcod=3FA9C2',
    );
    expect(canonicalReportUrl('https://www.chsi.com.cn/xlcx/bg.do?lang=CN')).toBe('https://www.chsi.com.cn/xlcx/bg.do');
  });
  it('lower-cases the host and trims, and leaves what is not a URL as given', () => {
    expect(canonicalReportUrl('  https://WWW.CHSI.COM.CN/xlcx/bg.do?vcode=305518462947  ')).toBe('https://www.chsi.com.cn/xlcx/bg.do?vcode=305518462947');
    expect(canonicalReportUrl(' not a url ')).toBe('not a url');
  });
});

describe('urlMatchesPattern', () => {
  it('matches path and query with *, like a content script pattern', () => {
    const p = 'https://www.chsi.com.cn/xlcx/bg.do*';
    expect(urlMatchesPattern(p, 'https://www.chsi.com.cn/xlcx/bg.do')).toBe(true);
    expect(urlMatchesPattern(p, 'https://www.chsi.com.cn/xlcx/bg.do?vcode=X&srcid=bgcx#top')).toBe(true);
    expect(urlMatchesPattern(p, 'https://www.chsi.com.cn/xlcx/bgcx.jsp')).toBe(false);
    expect(urlMatchesPattern(p, 'http://www.chsi.com.cn/xlcx/bg.do?vcode=X')).toBe(false);
    expect(urlMatchesPattern(p, 'https://www.chsi.com.cn:444/xlcx/bg.do?vcode=X')).toBe(false);
    expect(urlMatchesPattern(p, 'https://www.chsi.com.cn.example.net/xlcx/bg.do')).toBe(false);
    expect(urlMatchesPattern(p, 'https://my.chsi.com.cn/xlcx/bg.do')).toBe(false);
    expect(urlMatchesPattern(p, 'no url')).toBe(false);
  });
  it('takes dots in the pattern literally', () => {
    expect(urlMatchesPattern('https://www.chsi.com.cn/xlcx/bg.do*', 'https://www.chsi.com.cn/xlcx/bgXdo')).toBe(false);
  });
  it('refuses patterns it does not understand', () => {
    expect(() => urlMatchesPattern('*://*/*', 'https://www.chsi.com.cn/')).toThrow();
  });
});

describe('READERS declare where they run', () => {
  it('have unique ids', () => {
    expect(new Set(READERS.map((r) => r.id)).size).toBe(READERS.length);
  });
  for (const r of READERS) {
    it(`${r.id}: every example URL falls under its patterns and on a site host`, () => {
      expect(r.examples.length).toBeGreaterThan(0);
      for (const url of r.examples) {
        expect(isSiteUrl(url), url).toBe(true);
        expect(r.matches.some((p) => urlMatchesPattern(p, url)), url).toBe(true);
      }
    });
    it(`${r.id}: patterns name only the sites' hosts over https`, () => {
      for (const p of r.matches) expect(isSiteUrl(p.replace(/\*/g, 'x')), p).toBe(true);
    });
  }
  it('keep page kinds to their hosts: archive pages only on my.chsi.com.cn, the legacy site only on its hosts', () => {
    const byId = Object.fromEntries(READERS.map((r) => [r.id, r]));
    const others = READERS.filter((r) => r.id !== 'archive-page');
    for (const url of byId['archive-page']!.examples) for (const r of others) expect(r.matches.some((p) => urlMatchesPattern(p, url)), `${r.id} ${url}`).toBe(false);
    for (const url of byId['legacy-degree-result']!.examples) {
      for (const r of READERS.filter((x) => x.id !== 'legacy-degree-result')) expect(r.matches.some((p) => urlMatchesPattern(p, url))).toBe(false);
    }
  });
});
