import type { ReportFieldKey } from '../../shared/model';
import { squash } from '../../shared/text/normalize';
import { pageRoot, readableMatches } from './dom';
import { readFieldPage } from './field-page';
import { REPORT_EXAMPLES, REPORT_MATCHES } from './paths';
import type { Reader } from './reader';
import { urlMatchesAny } from './url';

/** The reports' own titles (rules.md §4): the only thing that tells the three apart on the shared bg.do URL. */
export const REPORT_TITLES = {
  'xueli-report': '教育部学历证书电子注册备案表',
  'xueji-report': '教育部学籍在线验证报告',
  'xuewei-report': '中国高等教育学位在线验证报告',
} as const;
export type ReportKind = keyof typeof REPORT_TITLES;
const REPORT_KINDS = Object.keys(REPORT_TITLES) as ReportKind[];

/** Where the layouts put the title: `.tableTitle` (1), `#resultTable h4` (2), a heading (3, mobile `h3.res-h3`); and the tab title. */
const TITLE_PLACES = '.tableTitle, h1, h2, h3, h4, h5, .report-title, .title';
const MAX_TITLE_CHARS = 200;

/** Which report the page's titles name; null for none, or for a page naming two different reports. */
export function reportKindOf(doc: Document): ReportKind | null {
  const texts = [doc.title, ...readableMatches(pageRoot(doc), TITLE_PLACES).map((e) => e.textContent ?? '')]
    .filter((t) => t.length <= MAX_TITLE_CHARS)
    .map(squash);
  const kinds = REPORT_KINDS.filter((k) => texts.some((t) => t.includes(REPORT_TITLES[k])));
  return kinds.length === 1 ? kinds[0]! : null;
}

/** A report reader: runs on bg.do, recognised by its title, read by label. */
export function reportReader(kind: ReportKind, keyFields: readonly ReportFieldKey[], notes: readonly string[] = []): Reader {
  return {
    id: kind,
    kind,
    matches: REPORT_MATCHES,
    examples: REPORT_EXAMPLES,
    detect: (doc, url) => urlMatchesAny(REPORT_MATCHES, url) && reportKindOf(doc) === kind,
    read: (doc, url) => readFieldPage(doc, url, { kind, keyFields, what: `《${REPORT_TITLES[kind]}》`, hasVcode: true, notes }),
  };
}
