import { z } from 'zod';
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

/** The "current page" the side panel shows: the site page most recently read in any tab. */
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

/** storage.session key of the current page; the panel listens to its changes. */
export const PAGE_STATE_KEY = 'currentPage';
/** storage.session key bumped whenever the background wrote to the store, so open panels reload. */
export const STORE_CHANGED_KEY = 'storeChangedAt';
