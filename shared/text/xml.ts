// Text that XML 1.0 cannot carry — and so neither can a DOCX or XLSX: C0 controls but tab, line feed and carriage
// return; U+FFFE and U+FFFF; surrogates without their pair. One CSV cell holding one makes the whole file unreadable.
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const XML_INVALID_ALL = new RegExp(XML_INVALID.source, 'g');

/** The first character XML cannot carry, as U+XXXX, or null. */
export function xmlInvalidChar(s: string): string | null {
  const m = XML_INVALID.exec(s);
  return m ? `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : null;
}

/** `s` without what XML cannot carry: what every XML writer applies to the text it is given. */
export const xmlSafe = (s: string): string => s.replace(XML_INVALID_ALL, '');

/** Bidirectional overrides and isolates: they make a name print in another order than it is stored. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
/** Line breaks of every kind: a name is one line. */
const LINE_BREAKS = /[\n\r\u0085\u2028\u2029\u000B\u000C]/;
/** Characters with no width: a name made only of these looks empty. */
const INVISIBLE = /[\s\u00A0\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/g;

/** Why a person's name cannot be printed as written (Chinese), or null. */
export function nameProblem(name: string): string | null {
  if (BIDI_CONTROLS.test(name)) return '含有改变文字方向的控制字符，打印出的姓名会与实际不同；请删去后重新输入';
  if (LINE_BREAKS.test(name)) return '含有换行，姓名应在一行内；请删去换行';
  if (name.replace(INVISIBLE, '') === '') return '只有空白或不可见字符，不能为空';
  return null;
}
