import { PageRead } from '../../shared/model';
import { isSiteUrl } from '../../shared/sites';
import { archivePage } from './archive-page';
import { errorPage } from './error-page';
import { legacyDegree } from './legacy-degree';
import { MSG } from './messages';
import { queryForm } from './query-form';
import { queryResult } from './query-result';
import { rateLimited } from './rate-limited';
import { emptyRead, type Reader } from './reader';
import { urlMatchesAny } from './url';
import { xuejiReport } from './xueji-report';
import { xueliReport } from './xueli-report';
import { xueweiReport } from './xuewei-report';

export type { Reader } from './reader';
export { canonicalReportUrl, urlMatchesPattern } from './url';
export { REPORT_TITLES } from './report-page';
export { PAGE_KIND_LABELS, PAGE_OUTCOME_LABELS } from './page-labels';

/**
 * Every page kind, in the order they are tried: pages that stand in for a report on the report's own URL (errors, the
 * captcha) come before the reports, so an error page is never read as one.
 */
export const READERS: readonly Reader[] = [
  archivePage,
  rateLimited,
  errorPage,
  legacyDegree,
  queryResult,
  queryForm,
  xueliReport,
  xuejiReport,
  xueweiReport,
];

/** The reader for a page, or null when none recognises it. The URL must be a site's (see readPage). */
export function classifyPage(doc: Document, url: string): Reader | null {
  return READERS.find((r) => urlMatchesAny(r.matches, url) && r.detect(doc, url)) ?? null;
}

function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}`;
  } catch {
    return '网址无效';
  }
}

/**
 * What a page of the verification sites says, from the DOM the user's browser loaded (or a saved page). Pages of
 * other hosts are refused whatever they hold; a reader that fails or returns an invalid shape gives 'unknown'.
 * Never throws.
 */
export function readPage(doc: Document, url: string): PageRead {
  if (!isSiteUrl(url)) return emptyRead('unknown', 'refused', [MSG.notSite(describeUrl(url))]);
  if (!doc.documentElement) return emptyRead('unknown', 'unknown', [MSG.unknownPage]);
  try {
    const reader = classifyPage(doc, url);
    if (!reader) return emptyRead('unknown', 'unknown', [MSG.unknownPage]);
    const parsed = PageRead.safeParse(reader.read(doc, url));
    if (parsed.success) return parsed.data;
    console.warn(`Reader ${reader.id} returned an invalid PageRead`, parsed.error.issues);
  } catch (e) {
    console.warn('Reading the page failed', e);
  }
  return emptyRead('unknown', 'unknown', [MSG.readFailed]);
}
