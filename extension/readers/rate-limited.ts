import { squash } from '../../shared/text/normalize';
import { readableText } from './dom';
import { MSG } from './messages';
import { QUERY_MATCHES, REPORT_EXAMPLES, REPORT_MATCHES } from './paths';
import { emptyRead, type Reader } from './reader';
import { urlMatchesAny } from './url';
import { urlVcode } from './vcode';

const PROMPT = '请输入验证码以继续当前操作';
/** The captcha interstitial's parts: its image, hidden token, form and input. */
const CAPTCHA = 'img[src*="capachaimg"], input[name="capachatok"], form#getXueLi, input.captchTag';

const MATCHES = [...REPORT_MATCHES, ...QUERY_MATCHES];

/** The sites' rate limit: a captcha to type before the page shows. The user types it; the extension never does. */
export const rateLimited: Reader = {
  id: 'rate-limited',
  kind: 'error-page',
  matches: MATCHES,
  examples: [...REPORT_EXAMPLES, 'https://www.chsi.com.cn/xwcx/lscx/mobileval.do?rndid=17ad93e0c5f24b68'],
  detect: (doc, url) =>
    urlMatchesAny(MATCHES, url) && doc.querySelector(CAPTCHA) !== null && squash(readableText(doc.body ?? doc)).includes(PROMPT),
  read: (_doc, url) => {
    const vcode = urlVcode(url);
    return emptyRead('error-page', 'rate-limited', [MSG.rateLimited, ...vcode.warnings], vcode.vcode);
  },
};
