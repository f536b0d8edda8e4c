import { z } from 'zod';
import { SCHEMA_VERSION } from '../../shared/model';

export const MANIFEST_PATH = 'manifest.json';
export const APP_ID = 'zhicheng-desk';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const ManifestFile = z.object({ path: z.string().min(1), size: z.number().int().nonnegative(), sha256 });
export type ManifestFile = z.infer<typeof ManifestFile>;

/** One of the notice's deadlines, as computed for this export's meeting date. */
export const ManifestDeadline = z.object({
  key: z.string(),
  /** Chinese, e.g. 评审结果报送市人社局. */
  label: z.string(),
  /** The last day, YYYY-MM-DD; '' while the year's holiday schedule is not known (see `pending`). */
  date: z.iso.date().or(z.literal('')),
  /** How the date follows from the meeting, in Chinese (e.g. 评审会后3个工作日内). */
  rule: z.string(),
  /** Why the date is still 待补充, in Chinese. */
  pending: z.string().optional(),
});
export type ManifestDeadline = z.infer<typeof ManifestDeadline>;

/** An office's own Word template used instead of our layout of a form (export --template), by the file's SHA-256. */
export const ManifestTemplate = z.object({ form: z.string(), file: z.string(), sha256 });
export type ManifestTemplate = z.infer<typeof ManifestTemplate>;

/** manifest.json at the root of every committee export (a public contract: add keys, never rename). */
export const Manifest = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  app: z.literal(APP_ID),
  createdAt: z.iso.datetime({ offset: true }),
  meeting: z.iso.date().optional(),
  deadlines: z.array(ManifestDeadline),
  /** Forms filled from the office's own template, present only when one was used. */
  templates: z.array(ManifestTemplate).optional(),
  files: z.array(ManifestFile),
});
export type Manifest = z.infer<typeof Manifest>;

export function manifestBytes(m: Manifest): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(m, null, 2)}\n`);
}
