import type { PageOutcome } from '../../shared/model';
import { collapseSpaces, normaliseCertNo, squash, withoutPrivateUse } from '../../shared/text/normalize';
import { reportPairs } from './field-page';
import { fieldOfLabel } from './labels';
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

/** A certificate number inside the site's message ("证书编号1900…的信息未查到"): 16–18 digits, maybe one letter. */
const NUMBER_IN_TEXT = /(?<![0-9A-Z])[A-Z]?\d{15,18}(?![0-9])/;
/** What can be a 学历 (17–18 digits) or 学位 (16, maybe a letter) certificate number; anything else names nothing. */
const CERT_NO_SHAPE = /^(?=(?:[A-Z]?\d){15})[0-9A-Z]{16,19}$/;

/**
 * The number a 零散查询 page without a result names as the one looked up: beside its 证书编号 label, or in the
 * site's message. Null when the page names none (then only the number seen submitted from the tab can tie it).
 */
function queriedCertNo(doc: Document, message: string): string | null {
  const labelled = reportPairs(doc).find((p) => fieldOfLabel(p.label)?.key === 'certNo' && !p.unsafe && p.value !== '');
  const text = labelled ? normaliseCertNo(labelled.value) : (NUMBER_IN_TEXT.exec(squash(message))?.[0] ?? '');
  return CERT_NO_SHAPE.test(text) ? text : null;
}

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
    const read = emptyRead('error-page', error.outcome, [MSG.siteSays(error.text), ...vcode.warnings], vcode.vcode);
    const queried = urlMatchesAny(QUERY_MATCHES, url) ? queriedCertNo(doc, error.text) : null;
    return queried ? { ...read, queriedCertNo: queried } : read;
  },
};
