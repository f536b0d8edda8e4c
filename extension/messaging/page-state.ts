import { z } from 'zod';
import { canonicalReportUrl } from '../readers/url';
import { ExtraFields, OUTCOMES, PAGE_KINDS, PAGE_OUTCOMES, PageOrder, ReadFields } from '../../shared/model';

/** What the background made of a capture; `recorded`/`duplicate` carry the record the panel shows. */
export const PAGE_VERDICTS = [
  'recorded', // a new VerificationRecord was stored
  'duplicate', // the same page (same text) is already stored for this credential
  'unmatched', // a report, but no applicant's credential has its certificate number
  'not-recorded', // an error/interstitial page not tied to any credential
  'refused', // archive pages, obfuscated text, 学籍 reports…: never stored
  'not-a-result', // query forms and other pages of the sites
  'failed', // could not be stored (store full, invalid data)
] as const;
export type PageVerdict = (typeof PAGE_VERDICTS)[number];

/** What the background made of the site page in one tab; the panel shows the one of the tab in front. */
export const PageState = z.object({
  tabId: z.number().int(),
  url: z.string(),
  capturedAt: z.string(),
  kind: z.enum(PAGE_KINDS),
  pageOutcome: z.enum(PAGE_OUTCOMES),
  vcode: z.string().nullable(),
  fields: ReadFields,
  extra: ExtraFields.optional(),
  order: PageOrder.optional(),
  warnings: z.array(z.string()),
  verdict: z.enum(PAGE_VERDICTS),
  outcome: z.enum(OUTCOMES).optional(),
  recordId: z.string().optional(),
  applicantId: z.string().optional(),
  credentialId: z.string().optional(),
  /** Chinese: what the page means and what to do next. */
  advice: z.string(),
});
export type PageState = z.infer<typeof PageState>;

/**
 * storage.session key of a tab's page, one key per tab: each written and removed on its own (a shared map
 * read-modified-written by two tabs at once would lose one of them). The panel listens to these keys' changes.
 */
export const pageKey = (tabId: number): string => `page:${tabId}`;
export const isPageKey = (key: string): boolean => key.startsWith('page:');
/** storage.session key bumped whenever the background or one of our pages wrote to the store, so the others reload. */
export const STORE_CHANGED_KEY = 'storeChangedAt';

/**
 * The state, if the tab still shows the page it was read from. `tabUrl` is undefined when the browser does not tell
 * us the tab's URL, which it does only for the sites (host permissions): then the tab holds no site page. The state
 * keeps the canonical address (no #hash, no tracking parameters), so the tab's is compared in that form.
 */
export function stillShown(state: PageState | null, tabUrl: string | undefined): PageState | null {
  if (!state || tabUrl === undefined) return null;
  return canonicalReportUrl(tabUrl) === canonicalReportUrl(state.url) ? state : null;
}
