import type { Bind, Cell, CellBlock, Content, Inline, ValueFormat } from './model';
import { beijingDateTime } from '../../shared/text/beijing-time';

/** One resolved run of text. `bind` is set when the text came from the data (tests find values by it). */
export interface Run {
  text: string;
  bind?: string;
  underline?: boolean;
}

/** The value at a dotted path (`applicant.study.0.school`), or undefined when any step is missing. */
export function lookup(data: unknown, path: string): unknown {
  let cur: unknown = data;
  for (const seg of path.split('.')) {
    if (cur === null || cur === undefined || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return cur;
}

const MONTH = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** Prints a value the way `format` says; the same characters in every renderer. */
export function formatValue(value: unknown, format: ValueFormat = 'text'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value !== 'string') return '';
  switch (format) {
    case 'text':
      return value;
    case 'date': {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : value;
    }
    case 'month': {
      const m = MONTH.exec(value);
      return m ? `${m[1]}年${Number(m[2])}月` : value;
    }
    case 'datetime':
      return beijingDateTime(value);
  }
}

export const isBind = (x: Inline): x is Bind => typeof x === 'object' && x !== null && 'bind' in x;

export function resolveInline(data: unknown, inline: Inline): Run {
  if (!isBind(inline)) return { text: inline };
  const text = formatValue(lookup(data, inline.bind), inline.format);
  const run: Run = { text: text === '' ? (inline.blank ?? '') : text, bind: inline.bind };
  if (inline.underline) run.underline = true;
  return run;
}

/** The runs of a piece of content, in order (empty runs kept: a bound blank still marks where a value goes). */
export function resolveContent(data: unknown, content: Content | undefined): Run[] {
  if (content === undefined) return [];
  const list: readonly Inline[] = Array.isArray(content) ? content : [content as Inline];
  return list.map((i) => resolveInline(data, i));
}

/** The plain text of a piece of content. */
export const contentText = (data: unknown, content: Content | undefined): string =>
  resolveContent(data, content)
    .map((r) => r.text)
    .join('');

/** A cell's content as blocks: its `text` as a paragraph first, then its `blocks`. */
export function cellBlocks(cell: Cell): CellBlock[] {
  const out: CellBlock[] = [];
  if (cell.text !== undefined) out.push({ type: 'paragraph', text: cell.text });
  if (cell.blocks) out.push(...cell.blocks);
  return out;
}
