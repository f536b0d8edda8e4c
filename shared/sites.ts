// The verification sites' hosts (../shared/sites.md): the only hosts the extension may touch.
export const SITE_HOSTS = [
  'www.chsi.com.cn',
  'my.chsi.com.cn',
  'www.chinadegrees.cn',
  'www.cdgdc.edu.cn',
] as const;

export type SiteHost = (typeof SITE_HOSTS)[number];

export const SITE_HOST_PATTERNS = SITE_HOSTS.map((h) => `https://${h}/*`);

/** True only for an https URL on one of the sites' hosts (default port). */
export function isSiteUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return u.protocol === 'https:' && u.port === '' && (SITE_HOSTS as readonly string[]).includes(u.hostname);
}
