import { ptToMm } from '../../document/model';
import type { Run } from '../../document/resolve';
import { lineHeightMm, type Glyph, type LayoutEnv, type Style } from './env';
import type { Frame } from './frame';
import type { Item } from './items';
import { breakLines, lineWidth, type BreakChar } from '../linebreak';

/** Top of the ideographic em box above the baseline, as a fraction of the size (880/1000 in both faces). */
const EM_TOP = 0.88;
const INDENT = '\uFFFF';
/** Characters never drawn: controls and zero-width marks. */
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF]/;

interface Char extends BreakChar {
  glyph: Glyph | null;
  run: number;
}

/** Text of runs as characters with widths; `\n` splits paragraphs. */
function toParagraphs(runs: readonly Run[], style: Style, env: LayoutEnv, indent: number): Char[][] {
  const paras: Char[][] = [[]];
  const sizeMm = ptToMm(style.size);
  const startPara = () => {
    const p: Char[] = [];
    if (indent > 0) p.push({ ch: INDENT, w: indent, glyph: null, run: -1 });
    paras.push(p);
  };
  paras.pop();
  startPara();
  runs.forEach((run, ri) => {
    for (const raw of run.text.replace(/\r\n?/g, '\n')) {
      if (raw === '\n') {
        startPara();
        continue;
      }
      const ch = raw === '\t' ? ' ' : raw;
      if (INVISIBLE.test(ch)) continue;
      const glyph = env.glyph(ch.codePointAt(0)!);
      paras[paras.length - 1]!.push({ ch: ch === ' ' ? ' ' : ch, w: glyph.em * sizeMm, glyph, run: ri });
    }
  });
  return paras;
}

/**
 * Lays out runs as one or more paragraphs of `width` mm: line breaking with kinsoku rules, alignment (incl. 分散对齐),
 * underlines, and the bound values' positions. `indent` is the first-line indent of each paragraph in mm.
 */
export function layoutText(runs: readonly Run[], style: Style, width: number, env: LayoutEnv, indent = 0): Frame {
  const lh = lineHeightMm(style);
  const sizeMm = ptToMm(style.size);
  const baselineOffset = (lh - sizeMm) / 2 + EM_TOP * sizeMm;
  const frame: Frame = { width, height: 0, entries: [], values: [], breaks: [] };
  let y = 0;
  for (const chars of toParagraphs(runs, style, env, indent)) {
    let lines = chars.length === 0 ? [[0, 0] as [number, number]] : breakLines(chars, width);
    if (style.align === 'distribute' && lines.length > 1) lines = balanced(chars, width, lines.length) ?? lines;
    for (const [from, to] of lines) {
      let end = to;
      while (end > from && chars[end - 1]!.ch === ' ') end--;
      const lineChars = chars.slice(from, end);
      const lw = lineWidth(chars, from, to);
      const visible = lineChars.filter((c) => c.ch !== INDENT).length;
      let x = 0;
      let spacing = 0;
      const align = style.align;
      if (align === 'center') x = (width - lw) / 2;
      else if (align === 'right') x = width - lw;
      else if (align === 'distribute') {
        if (visible > 1 && lw < width) spacing = (width - lw) / (visible - 1);
        else x = (width - lw) / 2;
      }
      x = Math.max(0, x);
      placeLine(lineChars, x, spacing, y, y + lh, y + baselineOffset, style, runs, env, frame);
      y += lh;
      frame.breaks.push(y);
    }
  }
  frame.height = y;
  if (frame.breaks.length === 0) frame.breaks.push(0);
  return frame;
}

/** Lines of even length for wrapped 分散对齐 text (参加工作 / 时间, not 参加工作时 / 间), if `count` lines still do. */
function balanced(chars: readonly Char[], width: number, count: number): Array<[number, number]> | undefined {
  let total = 0;
  let widest = 0;
  for (const c of chars) {
    total += c.w;
    widest = Math.max(widest, c.w);
  }
  for (let w = total / count; w <= width; w += widest / 2) {
    const lines = breakLines(chars, w);
    if (lines.length === count) return lines;
  }
  return undefined;
}

function placeLine(
  chars: readonly Char[],
  x0: number,
  spacing: number,
  top: number,
  bottom: number,
  baseline: number,
  style: Style,
  runs: readonly Run[],
  env: LayoutEnv,
  frame: Frame,
): void {
  let x = x0;
  let item: (Item & { kind: 'text' }) | undefined;
  let underlineFrom: number | undefined;
  let value: { run: number; text: string } | undefined;
  const push = (i: Item) => frame.entries.push({ top, bottom, item: i });
  const flushValue = () => {
    if (value && value.text) frame.values.push({ bind: runs[value.run]!.bind!, text: value.text, top, bottom });
    value = undefined;
  };
  const underlineY = baseline + ptToMm(style.size) * 0.14;
  const flushUnderline = (to: number) => {
    if (underlineFrom !== undefined) push({ kind: 'line', x1: underlineFrom, y1: underlineY, x2: to, y2: underlineY, width: env.underlineRule, ...(style.color ? { color: style.color } : {}) });
    underlineFrom = undefined;
  };
  let prevRun = -2;
  for (const c of chars) {
    const run = c.run >= 0 ? runs[c.run] : undefined;
    if (c.run !== prevRun) {
      flushUnderline(x - (prevRun >= 0 ? spacing : 0));
      flushValue();
      if (run?.underline) underlineFrom = x;
      if (run?.bind) value = { run: c.run, text: '' };
      prevRun = c.run;
    }
    if (c.glyph && c.ch !== ' ') {
      env.use(c.glyph);
      if (!item || item.face !== c.glyph.face.key) {
        item = { kind: 'text', x, y: baseline, size: style.size, face: c.glyph.face.key, text: '', bold: style.bold, ...(style.color ? { color: style.color } : {}) };
        if (spacing) item.charSpacing = spacing;
        push(item);
      }
      item.text += String.fromCodePoint(c.glyph.cp);
    } else item = undefined; // spaces: move on, the next glyph starts a new item at its own x
    if (value) value.text += c.ch;
    x += c.w + spacing;
  }
  flushUnderline(x - spacing);
  flushValue();
}
