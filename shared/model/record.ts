import { isSiteUrl } from '../sites';
import { z } from 'zod';
import { REPORT_FIELD_KEYS, type ReportFieldKey } from './report-fields';

export const SCHEMA_VERSION = 1 as const;

/** Page kinds, as in `zhicheng read-page --json` (a contract). */
export const PAGE_KINDS = [
  'xueli-report',
  'xueji-report',
  'xuewei-report',
  'query-result',
  'legacy-degree-result',
  'archive-page',
  'error-page',
  'unknown',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export const PAGE_OUTCOMES = [
  'report',
  'invalid-code',
  'malformed-code',
  'expired',
  'closed',
  'rate-limited',
  'not-found',
  'refused',
  'unknown',
] as const;
export type PageOutcome = (typeof PAGE_OUTCOMES)[number];

export const SITES = ['chsi', 'chinadegrees', 'cdgdc'] as const;
export type Site = (typeof SITES)[number];
export const SITE_LABELS: Record<Site, string> = { chsi: '学信网', chinadegrees: '学位网（旧）', cdgdc: '学位网（旧）' };

/** One value as read from a page: the raw text, its normalised form, and whether the page drew it as an image. */
export const ReadField = z.object({
  label: z.string().max(100),
  raw: z.string().max(2000),
  value: z.string().max(2000).nullable(),
  image: z.boolean(),
});
export type ReadField = z.infer<typeof ReadField>;

export const ReadFields = z.partialRecord(z.enum(REPORT_FIELD_KEYS as [ReportFieldKey, ...ReportFieldKey[]]), ReadField);
export type ReadFields = z.infer<typeof ReadFields>;

/** A label the model has no key for, with the text beside it: kept as the page shows it (the sheet 照录s it). */
export const ExtraField = z.object({ label: z.string().max(100), raw: z.string().max(2000) });
export type ExtraField = z.infer<typeof ExtraField>;
export const ExtraFields = z.array(ExtraField).max(200);

/**
 * The page's own order of its fields and extras: `fields.<key>` or `extra.<index>` (paths into the read or the record,
 * so a form can bind `record.<entry>.raw`). Without it (records made before it existed) pageRows falls back on the
 * model's order.
 */
export const PageOrder = z.array(z.string().regex(/^(?:fields\.[A-Za-z]+|extra\.\d{1,3})$/)).max(300);

export const OUTCOMES = ['verified', 'mismatch', 'not-found', 'expired', 'error'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const OUTCOME_LABELS: Record<Outcome, string> = {
  verified: '已查验',
  mismatch: '不一致',
  'not-found': '未查到',
  expired: '已过期',
  error: '查验出错',
};

export const COMPARISON_STATUSES = ['match', 'mismatch', 'unreadable', 'missing'] as const;
export const FieldComparison = z.object({
  key: z.string(),
  label: z.string(),
  expected: z.string().nullable(),
  actual: z.string().nullable(),
  status: z.enum(COMPARISON_STATUSES),
  /** Why, in Chinese, for anything but a match. */
  reason: z.string().optional(),
});
export type FieldComparison = z.infer<typeof FieldComparison>;

/**
 * What the clerk decided about a mismatch: a written 说明 (名册录入有误已更正, 专业名称含培养方向…) for the fields it
 * covers, or archive review instead. Never set by the software: a mismatch moves nowhere by itself.
 */
export const RESOLUTION_ACTIONS = ['explained', 'archive-review'] as const;
export const Resolution = z.object({
  action: z.enum(RESOLUTION_ACTIONS),
  /** The clerk's 说明, printed on the sheet. */
  note: z.string().trim().max(500),
  /** Field keys the 说明 covers: a later, different mismatch is not covered. */
  fields: z.array(z.string()).default([]),
  at: z.iso.datetime({ offset: true }),
});
export type Resolution = z.infer<typeof Resolution>;

export const VerificationRecord = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().min(1),
  applicantId: z.string().min(1),
  credentialId: z.string().min(1),
  site: z.enum(SITES),
  pageKind: z.enum(PAGE_KINDS),
  pageOutcome: z.enum(PAGE_OUTCOMES),
  /** The page's canonical URL, without noise parameters. */
  url: z.url({ protocol: /^https$/ }).refine(isSiteUrl, '不是学信网或学位网的网址'),
  capturedAt: z.iso.datetime({ offset: true }),
  fields: ReadFields,
  extra: ExtraFields.optional(),
  order: PageOrder.optional(),
  vcode: z.string().regex(/^([A-Z0-9]{16}|\d{12})$/).nullable(),
  /** SHA-256 (hex) of the captured page text. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  outcome: z.enum(OUTCOMES),
  comparison: z.array(FieldComparison),
  /** Field keys the user confirmed by eye (values the page drew as images). */
  confirmedByEye: z.array(z.string()).default([]),
  /** Field keys the user found, by eye, to differ from the declaration (values the page drew as images). */
  differentByEye: z.array(z.string()).default([]),
  warnings: z.array(z.string()).default([]),
  resolution: Resolution.optional(),
  /** The report's HTML with scripts removed, for the record. */
  snapshotHtml: z.string().max(2_000_000).optional(),
});
export type VerificationRecord = z.infer<typeof VerificationRecord>;
