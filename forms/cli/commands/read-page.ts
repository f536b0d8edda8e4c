// `zhicheng read-page`: a page saved from the browser, read by the extension's own readers (extension/public-entry).
import { parseHTML } from 'linkedom';
import { pageRows, type PageRead } from '../../../shared/model';
import { PAGE_KIND_LABELS, PAGE_OUTCOME_LABELS, asShownWithScripts, canonicalReportUrl, decodeSavedPage, readPage, residueMovedIntoBody } from '../../../extension/public-entry';
import { UsageError, type Command } from '../command';
import { readInput } from '../input';
import { MAX_PAGE_BYTES } from '../../../shared/limits';

/** A page saved from the browser as a DOM Document (linkedom): decoded and shown as a browser running scripts would. */
export function parseSavedPage(bytes: Uint8Array): Document {
  return asShownWithScripts(parseHTML(residueMovedIntoBody(decodeSavedPage(bytes))).document as unknown as Document);
}

/** The same readers as the extension, on a page saved from the browser. */
export const readSavedPage = (bytes: Uint8Array, url: string): PageRead => readPage(parseSavedPage(bytes), url);

const readPageFile = (file: string): Promise<Uint8Array> => readInput(file, '网页文件', MAX_PAGE_BYTES);

/** Terminal columns a text takes: CJK and full-width characters take two. */
const columns = (s: string): number =>
  [...s].reduce((n, c) => n + (/[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u.test(c) ? 2 : 1), 0);
const pad = (s: string, width: number): string => s + ' '.repeat(Math.max(0, width - columns(s)));

function humanReport(r: PageRead, url: string): string {
  const lines = [
    `页面：${PAGE_KIND_LABELS[r.kind]}`,
    `结果：${PAGE_OUTCOME_LABELS[r.outcome]}`,
    `网址：${canonicalReportUrl(url)}`,
  ];
  if (r.vcode) lines.push(`在线验证码：${r.vcode}`);
  // Every row the page shows, in its order; a label the readers have no key for is printed as shown.
  const rows = pageRows(r).map((row) => {
    const f = row.key ? r.fields[row.key] : undefined;
    if (!f) return [row.label, row.raw === '' ? '（空）' : row.raw] as const;
    if (f.image) return [f.label, '（以图片显示，请目视核对）'] as const;
    if (f.value === null) return [f.label, f.raw === '' ? '（空）' : `${f.raw}（无法识别）`] as const;
    return [f.label, f.value === f.raw ? f.value : `${f.value}（页面：${f.raw}）`] as const;
  });
  if (rows.length) {
    const width = Math.max(columns('项目'), ...rows.map(([label]) => columns(label))) + 2;
    lines.push('', `${pad('项目', width)}内容`, ...rows.map(([label, value]) => `${pad(label, width)}${value}`));
  }
  if (r.warnings.length) lines.push('', '提示：', ...r.warnings.map((w) => `  · ${w}`));
  return lines.join('\n');
}

export const readPageCommand: Command = {
  name: 'read-page',
  summary: '读取保存的学信网、学位网页面（与浏览器扩展的读取规则相同）',
  usage: '<页面.html> --url <页面网址> [--json]\n（--url 是打开该页面时浏览器地址栏中的网址；只读取本机文件，不联网）',
  options: { url: { type: 'string' } },
  async run(ctx) {
    const [file, ...extra] = ctx.positionals;
    if (!file) throw new UsageError('缺少页面文件：请给出保存的 .html 文件');
    if (extra.length) throw new UsageError(`多余的参数：${extra.join(' ')}（一次读取一个页面）`);
    const url = typeof ctx.values.url === 'string' ? ctx.values.url.trim() : '';
    if (!url) throw new UsageError('缺少 --url：请给出打开该页面时浏览器地址栏中的网址，读取规则按网址选择');
    const result = readSavedPage(await readPageFile(file), url);
    ctx.stdout(ctx.json ? JSON.stringify({ ...result, url: canonicalReportUrl(url) }, null, 2) : humanReport(result, url));
    return result.outcome === 'report' ? 0 : 1;
  },
};
