import type { PageOutcome } from '../../shared/model';
import { collapseSpaces, squash, withoutPrivateUse } from '../../shared/text/normalize';
import { readableMatches } from './dom';
import { MSG } from './messages';
import { QUERY_MATCHES, REPORT_EXAMPLES, REPORT_MATCHES } from './paths';
import { emptyRead, type Reader } from './reader';
import { urlMatchesAny } from './url';
import { urlVcode } from './vcode';

/** Where the sites print why there is no report (sites.md "Pages that are not reports"). */
const MESSAGE_PLACES = '.result-error h2, .mainCnt #msgDiv, .yzbg-tips';

/** The core of each wording (compared without spaces, in half width); the punctuation around it varies. */
const WORDINGS: { outcome: PageOutcome; core: string }[] = [
  { outcome: 'malformed-code', core: '不合要求的在线验证码' },
  { outcome: 'invalid-code', core: '此在线验证码无效' },
  { outcome: 'expired', core: '在线验证报告已过期' },
  { outcome: 'closed', core: '在线验证报告已关闭' },
];
const MAX_MESSAGE_CHARS = 100;

/** The site's message and what it means, or null when the page shows none of the known wordings. */
export function siteError(doc: Document): { outcome: PageOutcome; text: string } | null {
  for (const el of readableMatches(doc, MESSAGE_PLACES)) {
    const text = collapseSpaces(withoutPrivateUse(el.textContent ?? ''));
    if (text.length > MAX_MESSAGE_CHARS) continue;
    const hit = WORDINGS.find((w) => squash(text).includes(w.core));
    if (hit) return { outcome: hit.outcome, text };
  }
  return null;
}

const MATCHES = [...REPORT_MATCHES, ...QUERY_MATCHES];

/** Invalid, malformed, expired or closed: the report's own URL with a message instead of the report. */
export const errorPage: Reader = {
  id: 'error-page',
  kind: 'error-page',
  matches: MATCHES,
  examples: [...REPORT_EXAMPLES, 'https://www.chsi.com.cn/xlcx/lscx/mobileval.do?rndid=8f3c2a917be44d05'],
  detect: (doc, url) => urlMatchesAny(MATCHES, url) && siteError(doc) !== null,
  read: (doc, url) => {
    const error = siteError(doc);
    if (!error) return emptyRead('error-page', 'unknown', [MSG.unknownPage]);
    const vcode = urlVcode(url);
    return emptyRead('error-page', error.outcome, [MSG.siteSays(error.text), ...vcode.warnings], vcode.vcode);
  },
};
