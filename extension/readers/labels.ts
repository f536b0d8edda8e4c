import { REPORT_FIELD_KEYS, REPORT_FIELDS, VCODE_LABEL, type ReportFieldKey } from '../../shared/model';
import { normaliseDate, normaliseLabel } from '../../shared/text/normalize';

// Every label text the sites print, normalised, to its field key and the alias as the model spells it.
const BY_LABEL = new Map<string, { key: ReportFieldKey; label: string }>();
for (const key of REPORT_FIELD_KEYS) {
  for (const alias of REPORT_FIELDS[key].aliases) BY_LABEL.set(normaliseLabel(alias), { key, label: alias });
}
const VCODE = normaliseLabel(VCODE_LABEL);

/** Longest label worth normalising; anything longer is page text, not a label. */
const MAX_LABEL_CHARS = 40;

/** The field a label text names (width, spaces and a trailing colon ignored), or undefined. */
export function fieldOfLabel(text: string): { key: ReportFieldKey; label: string } | undefined {
  return text.length > MAX_LABEL_CHARS ? undefined : BY_LABEL.get(normaliseLabel(text));
}

export const isVcodeLabel = (text: string): boolean => text.length <= MAX_LABEL_CHARS && normaliseLabel(text) === VCODE;

/** Any label the readers know, the 在线验证码 one included. */
export const isKnownLabel = (text: string): boolean => fieldOfLabel(text) !== undefined || isVcodeLabel(text);

/** A known label as printed inside running text: either paren width, spaces between its characters. */
const labelPattern = (alias: string): string =>
  [...alias]
    .map((c) => (c === '(' ? '[(（]' : c === ')' ? '[)）]' : c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')))
    .join('[\\s\\u3000]*');
const KNOWN_PATTERNS = [...[...BY_LABEL.values()].map((v) => v.label), VCODE_LABEL]
  .sort((a, b) => b.length - a.length)
  .map(labelPattern)
  .join('|');

/**
 * Where a known label followed by a colon starts inside a text ("姓名：张三　性别：男"): at the start or after white
 * space, so a date inside a value ("注册学籍（预计毕业日期：…）") never splits it.
 */
export const INLINE_LABEL_STARTS = new RegExp(`(?:^|(?<=[\\s\\u3000]))(?=(?:${KNOWN_PATTERNS})[\\s\\u3000]*[:：])`, 'g');

/** "label：value" (or "label：" alone) as one text; the label part may be any short text. */
const LABEL_COLON = /^([^:：]{1,40}?)[\s\u3000]*[:：][\s\u3000]*([\s\S]*)$/;

export function splitLabelColon(text: string): { label: string; rest: string } | null {
  const m = LABEL_COLON.exec(text);
  return m ? { label: m[1]!, rest: m[2]! } : null;
}

/** Longest text taken for a label the model does not know (the sites' labels are 2–6 characters). */
const MAX_EXTRA_LABEL_CHARS = 12;

/**
 * Whether a text can be a label the model does not know: short, words (Han or Latin letters, brackets, a slash) and
 * no date or number. Values pass this too ("男", "本科"): the caller also requires the text to be dressed like the
 * page's known labels.
 */
export function looksLikeLabel(text: string): boolean {
  const s = normaliseLabel(text);
  if (s.length === 0 || s.length > MAX_EXTRA_LABEL_CHARS) return false;
  return /^[\p{Script=Han}A-Za-z()（）/·、]+$/u.test(s) && normaliseDate(s) === null && !isKnownLabel(s);
}

/** A label as shown, for an extra: width kept, spaces and a trailing colon dropped. */
export const extraLabel = (text: string): string => text.replace(/[\s\u00A0\u200B-\u200D\uFEFF\u3000]+/g, '').replace(/[:：]+$/, '');
