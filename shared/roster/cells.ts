// One roster cell → one field value, or a message saying what is wrong and what was expected.
import { zhErrors } from '../model';
import { normaliseDate, normaliseMonth, squash } from '../text/normalize';
import type { Column } from './columns';
import { blankValue } from './schema-kind';

/** A cell as the file gave it: CSV gives text; XLSX also numbers, booleans and dates. */
export type CellValue = string | number | boolean | Date | null;

export type CellResult = { ok: true; value: unknown; blank: boolean; warning?: string } | { ok: false; message: string };

/** Words offices write for an enum value, accepted where the value is one of the field's options. */
const ENUM_ALIASES: Record<string, string> = {
  大专: '专科',
  高职: '专科',
  高职高专: '专科',
  专科高职: '专科',
  博士: '博士研究生',
  硕士: '硕士研究生',
  二学位: '第二学士学位',
  双学位: '第二学士学位',
  大学本科: '本科',
  博士学位: '博士',
  硕士学位: '硕士',
  学士学位: '学士',
  正高: '正高级',
  副高: '副高级',
};

const YES = new Set(['是', 'Y', 'YES', 'TRUE', '1', '√', '✓', '境外']);
const NO = new Set(['否', 'N', 'NO', 'FALSE', '0', '×', '境内']);

const DATE_EXAMPLES = '日期，如2019-07-01、2019/7/1、2019年7月1日或2019.7.1';
const MONTH_EXAMPLES = '年月，如2019-07或2019年7月';

/** The values a column accepts, as users see them. */
function enumShown(col: Column, options: readonly string[]): string[] {
  return options.map((o) => col.valueLabels?.[o] ?? o);
}

/** What a column expects, for messages and the template's 说明 sheet. */
export function expectation(col: Column): string {
  switch (col.kind.type) {
    case 'date':
      return DATE_EXAMPLES;
    case 'month':
      return col.def.hint ? `${MONTH_EXAMPLES}；${col.def.hint}` : MONTH_EXAMPLES;
    case 'bool':
      return '是或否（留空为否）';
    case 'enum':
      return `以下之一：${enumShown(col, col.kind.options).join('、')}`;
    default:
      return col.def.hint ?? '';
  }
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** A non-text XLSX cell as text; an error message where Excel has already damaged the value. */
function asText(col: Column, raw: Exclude<CellValue, string | null>): { text: string; warning?: string } | { error: string } {
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return { error: '单元格中的日期无效；请重新输入' };
    return { text: col.kind.type === 'month' ? isoDay(raw).slice(0, 7) : isoDay(raw) };
  }
  if (typeof raw === 'boolean') return { text: raw ? '是' : '否' };
  if (Number.isInteger(raw) && !Number.isSafeInteger(raw)) {
    return { error: `单元格是数字格式，Excel只保留15位有效数字，后几位已丢失（${raw}）；请把此列设为“文本”格式后重新输入` };
  }
  const text = String(raw);
  if (col.kind.type === 'month' && /^\d{4}\.1$/.test(text)) {
    return { text, warning: `“${text}”是数字格式，按${text.slice(0, 4)}年1月读取；如是10月，请写成${text.slice(0, 4)}-10` };
  }
  return { text };
}

function parseByKind(col: Column, text: string): { value: unknown } | { error: string } {
  const kind = col.kind;
  const shown = text.trim();
  switch (kind.type) {
    case 'date': {
      const d = normaliseDate(shown);
      return d ? { value: d } : { error: `“${shown}”不是有效日期；应为${DATE_EXAMPLES}` };
    }
    case 'month': {
      const m = normaliseMonth(shown) ?? normaliseDate(shown)?.slice(0, 7);
      return m ? { value: m } : { error: `“${shown}”不是有效年月；应为${MONTH_EXAMPLES}` };
    }
    case 'bool': {
      const s = squash(shown);
      if (YES.has(s)) return { value: true };
      if (NO.has(s)) return { value: false };
      return { error: `“${shown}”无法识别；应为“是”或“否”` };
    }
    case 'enum': {
      const s = squash(shown);
      const found = kind.options.find((o) => squash(o) === s || squash(col.valueLabels?.[o] ?? o) === s);
      const alias = ENUM_ALIASES[s];
      if (found) return { value: found };
      if (alias && kind.options.includes(alias)) return { value: alias };
      return { error: `“${shown}”不是可选的值；应为以下之一：${enumShown(col, kind.options).join('、')}` };
    }
    default:
      return { value: col.code ? squash(text) : text };
  }
}

export function readCell(col: Column, raw: CellValue): CellResult {
  let text: string;
  let warning: string | undefined;
  if (raw === null || typeof raw === 'string') text = raw ?? '';
  else {
    const t = asText(col, raw);
    if ('error' in t) return { ok: false, message: t.error };
    ({ text, warning } = t);
  }
  if (text.trim() === '') {
    const blank = blankValue(col.def.schema);
    if (blank.ok) return { ok: true, value: blank.value, blank: true };
    const expected = expectation(col);
    return { ok: false, message: expected ? `必填，不能为空；应填写${expected}` : '必填，不能为空' };
  }
  const parsed = parseByKind(col, text);
  if ('error' in parsed) return { ok: false, message: parsed.error };
  const checked = col.def.schema.safeParse(parsed.value, { error: zhErrors });
  if (!checked.success) {
    const why = checked.error.issues[0]?.message ?? '格式不对';
    return { ok: false, message: col.def.hint ? `${why}（应填写：${col.def.hint}）` : why };
  }
  return { ok: true, value: checked.data, blank: false, ...(warning ? { warning } : {}) };
}
