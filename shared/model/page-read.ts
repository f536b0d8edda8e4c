import { z } from 'zod';
import { ExtraFields, PAGE_KINDS, PAGE_OUTCOMES, PageOrder, ReadFields } from './record';

/** What a site reader makes of one page: the `zhicheng read-page --json` shape (a contract: add keys, never rename). */
export const PageRead = z.object({
  kind: z.enum(PAGE_KINDS),
  outcome: z.enum(PAGE_OUTCOMES),
  vcode: z.string().nullable(),
  fields: ReadFields,
  /** Labels the model has no key for, with their values, in page order. */
  extra: ExtraFields.optional(),
  /** Fields and extras in the order the page shows them (see PageOrder). */
  order: PageOrder.optional(),
  warnings: z.array(z.string()),
  /** The certificate number a 零散查询 page without a result names (what was looked up), when it names one. */
  queriedCertNo: z.string().max(40).optional(),
});
export type PageRead = z.infer<typeof PageRead>;
