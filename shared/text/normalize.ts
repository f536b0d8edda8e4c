// Text normalisation shared by readers, match and import: the sites and rosters write the same thing many ways.

/** Full-width ASCII (Ｕ＋FF01–FF5E) and the ideographic space to half width. */
export function toHalfWidth(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** Half width, no spaces of any kind (incl. NBSP, zero-width), upper case Latin. */
export function squash(s: string): string {
  return toHalfWidth(s)
    .replace(/[\s\u00A0\u200B-\u200D\uFEFF]+/g, '')
    .toUpperCase();
}

/** Runs of white space (incl. NBSP, ideographic and zero-width spaces) to one space, trimmed; nothing else changes. */
export function collapseSpaces(s: string): string {
  return s.replace(/[\s\u00A0\u200B-\u200D\uFEFF]+/g, ' ').trim();
}

/** Half width, runs of white space collapsed, trimmed. */
export function tidy(s: string): string {
  return collapseSpaces(toHalfWidth(s));
}

/** A label as the sites print it → comparable key: half width, no spaces, no trailing colon. */
export function normaliseLabel(s: string): string {
  return squash(s).replace(/[:：]+$/, '');
}

const pad = (n: number | string) => String(n).padStart(2, '0');

function validYmd(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || y > 2100 || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * Dates as the sites and rosters write them — 2022年06月30日, 2022年6月30日, 2022-6-30, 2022/06/30, 2022.06.30,
 * 20220630 — to YYYY-MM-DD; null if it is not one date.
 */
export function normaliseDate(raw: string): string | null {
  const s = squash(raw);
  let m = /^(\d{4})(?:年|-|\/|\.)(\d{1,2})(?:月|-|\/|\.)(\d{1,2})日?$/.exec(s);
  if (m) return validYmd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return validYmd(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

/** Year-month forms (2019年7月, 2019-07, 2019.7, 201907) to YYYY-MM; null otherwise. */
export function normaliseMonth(raw: string): string | null {
  const s = squash(raw);
  const m = /^(\d{4})(?:年|-|\/|\.)?(\d{1,2})月?$/.exec(s);
  if (!m) return null;
  const mo = Number(m[2]);
  return mo >= 1 && mo <= 12 ? `${m[1]}-${pad(mo)}` : null;
}

/** Certificate numbers: CHSI prints them in groups of four. */
export const normaliseCertNo = (s: string): string => squash(s);

/** Code points of the private-use areas that obfuscation fonts draw with (icon fonts use them too). */
const PRIVATE_USE = /[\uE000-\uF8FF]|[\u{F0000}-\u{10FFFF}]/gu;
export const hasPrivateUse = (s: string): boolean => s.search(PRIVATE_USE) >= 0;
/** The text without private-use code points: an icon font's glyphs in a message are not words. */
export const withoutPrivateUse = (s: string): string => s.replace(PRIVATE_USE, '');
