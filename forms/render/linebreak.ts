/**
 * Line breaking for Chinese text with the usual 禁则 (kinsoku) rules: no line starts with closing punctuation
 * (，。、；：？！）」 …) and none ends with opening punctuation (（「 …); ——/…… pairs stay together; Latin words and
 * numbers are not split where avoidable; a string longer than a line (a URL, a SHA-256) breaks anywhere.
 */

/** Characters a line must not start with. */
export const NO_LINE_START = new Set([
  ...'，。、；：？！）」』】〕〉》〗〙〛”’］｝…‥·・％‰℃々〻ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ',
  ...',.;:?!)]}%',
]);
/** Characters a line must not end with. */
export const NO_LINE_END = new Set([...'（「『【〔〈《〖〘〚“‘［｛', ...'([{']);
/** Doubled marks that never split: 破折号 —— and 省略号 ……. */
const PAIRED = new Set(['—', '…', '⸺']);

/** One character to break: its text (one code point) and advance width (any unit). */
export interface BreakChar {
  ch: string;
  w: number;
}

const isSpace = (ch: string) => ch === ' ';
/** Latin letters, digits and the punctuation that sits inside words, numbers, URLs and hashes. */
const isWordChar = (ch: string) => /^[A-Za-z0-9\u00C0-\u024F._\-@/:?=&#%+~]$/.test(ch);

/** Whether a line may break between chars[i-1] and chars[i] (0 < i < length). */
export function canBreakBefore(chars: readonly BreakChar[], i: number): boolean {
  const prev = chars[i - 1]!.ch;
  const cur = chars[i]!.ch;
  if (isSpace(cur)) return false; // spaces hang at the end of the line
  if (NO_LINE_START.has(cur) || NO_LINE_END.has(prev)) return false;
  if (isSpace(prev)) return true;
  if (PAIRED.has(cur) && cur === prev) return false;
  if (isWordChar(prev) && isWordChar(cur)) return false;
  return true;
}

/** Width of chars[from, to) without the spaces at its end. */
function widthOf(chars: readonly BreakChar[], from: number, to: number): number {
  let end = to;
  while (end > from && isSpace(chars[end - 1]!.ch)) end--;
  let w = 0;
  for (let i = from; i < end; i++) w += chars[i]!.w;
  return w;
}

/** A last line holding a single character (spaces and closing punctuation aside): 单位推荐意/见, 公/章）. */
function isOrphan(chars: readonly BreakChar[], [from, to]: [number, number]): boolean {
  let n = 0;
  for (let i = from; i < to; i++) if (!isSpace(chars[i]!.ch) && !NO_LINE_START.has(chars[i]!.ch)) n++;
  return n === 1;
}

/** Two-line text (labels, captions, names) is balanced; running text only pulls a character down. */
const BALANCE_UP_TO_LINES = 2;

/**
 * Splits one paragraph (no `\n` inside) into lines no wider than `width`, returned as [start, end) index pairs.
 * Trailing spaces stay in their line (renderers skip them); every line holds at least one character. A last line
 * never holds one character alone: two-line text is rebalanced (the narrowest measure that keeps two lines, so
 * 单位推荐意见 breaks 单位推/荐意见), longer text takes one more character down from the line before.
 */
export function breakLines(chars: readonly BreakChar[], width: number): Array<[number, number]> {
  const lines = greedyLines(chars, width);
  if (lines.length < 2 || !isOrphan(chars, lines[lines.length - 1]!)) return lines;
  if (lines.length <= BALANCE_UP_TO_LINES) {
    let lo = 0;
    let hi = width;
    for (let k = 0; k < 24; k++) {
      const mid = (lo + hi) / 2;
      if (greedyLines(chars, mid).length === lines.length) hi = mid;
      else lo = mid;
    }
    const balanced = greedyLines(chars, hi);
    const legal = balanced.every(([from], i) => i === 0 || canBreakBefore(chars, from));
    if (legal && balanced.length === lines.length && !isOrphan(chars, balanced[balanced.length - 1]!)) return balanced;
  }
  const prev = lines[lines.length - 2]!;
  const last = lines[lines.length - 1]!;
  for (let b = prev[1] - 1; b > prev[0] && widthOf(chars, b, last[1]) <= width + 1e-9; b--) {
    if (canBreakBefore(chars, b)) {
      prev[1] = last[0] = b;
      break;
    }
  }
  return lines;
}

/** First fit: as much as fits on each line, breaking at the last legal opportunity. */
function greedyLines(chars: readonly BreakChar[], width: number): Array<[number, number]> {
  const lines: Array<[number, number]> = [];
  let start = 0;
  const n = chars.length;
  while (start < n) {
    let w = 0;
    let j = start;
    // Extend while the next non-space character still fits.
    while (j < n) {
      const c = chars[j]!;
      if (!isSpace(c.ch) && w + c.w > width + 1e-9) break;
      w += c.w;
      j++;
    }
    if (j >= n) {
      lines.push([start, n]);
      break;
    }
    // chars[j] does not fit: break at the last legal opportunity in (start, j].
    let b = j;
    while (b > start && !canBreakBefore(chars, b)) b--;
    if (b === start) {
      // Nothing legal (a word or URL longer than the line, or a pathologically narrow cell): break at j.
      b = Math.max(j, start + 1);
    }
    lines.push([start, b]);
    start = b;
  }
  return lines;
}

export { widthOf as lineWidth };
