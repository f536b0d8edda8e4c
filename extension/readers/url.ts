// URL helpers shared by the readers: match patterns (the extension's own syntax) and the report's canonical URL.

/** Query parameters that only say how the user got to a report; the canonical URL drops them (sites.md). */
export const NOISE_PARAMS = ['srcid', 'trnd', 'from', 'lang'] as const;

const patternCache = new Map<string, RegExp>();

function patternRegExp(pattern: string): RegExp {
  let re = patternCache.get(pattern);
  if (!re) {
    const m = /^https:\/\/([a-z0-9.-]+)(\/.*)$/.exec(pattern);
    if (!m) throw new Error(`Unsupported match pattern: ${pattern}`);
    const path = m[2]!.split('*').map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*');
    re = new RegExp(`^https://${m[1]!.replace(/\./g, '\\.')}${path}$`);
    patternCache.set(pattern, re);
  }
  return re;
}

/**
 * Whether a URL falls under a match pattern such as `https://www.chsi.com.cn/xlcx/bg.do*` (as in a content script's
 * `matches`: `*` stands for any text in the path and query; the fragment is ignored). Only https patterns exist here.
 */
export function urlMatchesPattern(pattern: string, url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.port !== '') return false;
  return patternRegExp(pattern).test(`${u.protocol}//${u.hostname}${u.pathname}${u.search}`);
}

export const urlMatchesAny = (patterns: readonly string[], url: string): boolean =>
  patterns.some((p) => urlMatchesPattern(p, url));

/**
 * A report's own URL without the noise parameters, the fragment, credentials (`user:password@`) and session ids in
 * the path (`;jsessionid=…`): what is stored and printed as 报告网址 must not carry a login. Other parameters (vcode,
 * appcod…) stay.
 */
export function canonicalReportUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return url.trim();
  }
  for (const p of NOISE_PARAMS) u.searchParams.delete(p);
  u.hash = '';
  u.username = '';
  u.password = '';
  u.pathname = u.pathname.replace(/;jsessionid=[^/;]*/gi, '');
  return u.toString();
}

/** One query parameter, or null when absent or the URL does not parse. */
export function urlParam(url: string, name: string): string | null {
  try {
    return new URL(url).searchParams.get(name);
  } catch {
    return null;
  }
}
