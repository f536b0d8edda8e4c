import { collapseSpaces } from '../../shared/text/normalize';
import { readableMatches } from './dom';
import { isVcodeLabel } from './labels';
import { MSG } from './messages';
import type { RawPair } from './pairs';
import { urlParam } from './url';

/** 16 upper-case letters and digits (since 2019-03-15), or 12 digits on older reports (rules.md §4). */
export const VCODE_PATTERN = /^(?:[A-Z0-9]{16}|\d{12})$/;

/** Where the desktop layouts print the code outside a label row: `span.vcode-detail` (tables), `span.yzm` (items). */
const VCODE_PLACES = 'span.vcode-detail, span.yzm';

const compact = (s: string) => collapseSpaces(s).replace(/ /g, '');

export interface VcodeRead {
  vcode: string | null;
  warnings: string[];
  /** The page is not the site's own: two codes on it, or one that differs from the URL's. Nothing is read. */
  refused?: true;
}

/**
 * The page's 在线验证码: from its places on the page (or beside the label 在线验证码), else from the URL's vcode
 * parameter. On the real site the page shows the code of its URL: a page whose code differs from the URL's (case
 * aside), or that shows two codes, is an edited copy and is refused.
 */
export function readVcode(doc: Document, url: string, pairs: readonly RawPair[]): VcodeRead {
  const onPage = new Set<string>();
  for (const el of readableMatches(doc, VCODE_PLACES)) onPage.add(compact(el.textContent ?? ''));
  for (const p of pairs) if (isVcodeLabel(p.label)) onPage.add(compact(p.value));
  onPage.delete('');
  const inUrl = compact(urlParam(url, 'vcode') ?? '');

  if (onPage.size > 1) return { vcode: null, warnings: [MSG.vcodeTwice], refused: true };
  const [page] = onPage;
  if (page !== undefined && inUrl !== '' && page.toUpperCase() !== inUrl.toUpperCase()) {
    return { vcode: null, warnings: [MSG.vcodeTampered], refused: true };
  }
  return checkVcode(page ?? inUrl);
}

/** The code as given, when it has one of the two shapes. */
export function checkVcode(code: string): VcodeRead {
  if (code === '') return { vcode: null, warnings: [MSG.vcodeMissing] };
  if (!VCODE_PATTERN.test(code)) return { vcode: null, warnings: [MSG.vcodeBad(code.length > 40 ? `${code.slice(0, 40)}…` : code)] };
  return { vcode: code, warnings: [] };
}

/** The code in the URL of a page that shows none (errors, the captcha): no warning when there is none. */
export function urlVcode(url: string): VcodeRead {
  const code = compact(urlParam(url, 'vcode') ?? '');
  return code === '' ? { vcode: null, warnings: [] } : checkVcode(code);
}
