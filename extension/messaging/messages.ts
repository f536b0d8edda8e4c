import { z } from 'zod';
import { CREDENTIAL_KINDS, PageRead, type PageKind, type PageOutcome } from '../../shared/model';

/** Caps on what a content script may send: a report page is a few tens of KB; anything far beyond is not one. */
export const MAX_TEXT_CHARS = 200_000;
export const MAX_SNAPSHOT_CHARS = 1_000_000;

/** Readings the background refuses or ignores (handleCapture), so never stored: their page's text stays in the tab. */
const NEVER_RECORDED_OUTCOMES: ReadonlySet<PageOutcome> = new Set<PageOutcome>(['unknown', 'refused', 'rate-limited']);
const NEVER_RECORDED_KINDS: ReadonlySet<PageKind> = new Set<PageKind>(['archive-page', 'xueji-report']);

/**
 * Whether a reading can become a record, i.e. whether its capture should carry the page's text and snapshot. 学信档案
 * pages (ID numbers, the whole study history) and query forms are read for the panel only.
 */
export const mayBecomeRecord = (read: Pick<PageRead, 'kind' | 'outcome'>): boolean =>
  !NEVER_RECORDED_OUTCOMES.has(read.outcome) && !NEVER_RECORDED_KINDS.has(read.kind);

/**
 * Content script → background: what the user's own tab shows. The URL in it is informative only (the sender's counts).
 * `text` and `html` are empty when the reading cannot become a record (mayBecomeRecord).
 */
export const CaptureMessage = z.object({
  type: z.literal('capture'),
  url: z.string().max(4000),
  read: PageRead,
  text: z.string().max(MAX_TEXT_CHARS),
  html: z.string().max(MAX_SNAPSHOT_CHARS),
});
export type CaptureMessage = z.infer<typeof CaptureMessage>;

/** What a query form gets filled with. The captcha and the SMS step stay with the user. */
export const PrefillData = z.object({
  kind: z.enum(CREDENTIAL_KINDS),
  certNo: z.string().trim().min(1).max(40),
  name: z.string().trim().min(1).max(50),
});
export type PrefillData = z.infer<typeof PrefillData>;

/** Panel → content script (push) and background → content script (reply to a pull). */
export const PrefillMessage = z.object({ type: z.literal('prefill'), data: PrefillData });
export type PrefillMessage = z.infer<typeof PrefillMessage>;

/** Content script → background: "this query page just loaded; is anything waiting for this tab?" */
export const PrefillRequest = z.object({ type: z.literal('prefill-request') });
export type PrefillRequest = z.infer<typeof PrefillRequest>;

/** Panel → background: remember a prefill for a tab that is about to load a query page. */
export const QueuePrefill = z.object({
  type: z.literal('queue-prefill'),
  tabId: z.number().int().nonnegative(),
  data: PrefillData,
  /** The credential being checked, so a "not found" result in that tab can be recorded against it. */
  target: z.object({ applicantId: z.string().min(1), credentialId: z.string().min(1) }).optional(),
});
export type QueuePrefill = z.infer<typeof QueuePrefill>;

export const PrefillResult = z.object({
  filled: z.array(z.string()),
  /** Chinese, for the panel: why nothing (or not everything) was filled. */
  problem: z.string().optional(),
});
export type PrefillResult = z.infer<typeof PrefillResult>;

/** Content script → background: the 零散查询 form was just submitted with this certificate number. */
export const QuerySubmitted = z.object({ type: z.literal('query-submitted'), certNo: z.string().max(40) });
export type QuerySubmitted = z.infer<typeof QuerySubmitted>;

/** Every message the background accepts, told apart by `type`. */
export const BackgroundMessage = z.discriminatedUnion('type', [CaptureMessage, PrefillRequest, QueuePrefill, QuerySubmitted]);
export type BackgroundMessage = z.infer<typeof BackgroundMessage>;
