import { z } from 'zod';
import { PAGE_KINDS, PAGE_OUTCOMES, ReadFields } from './record';

/** What a site reader makes of one page: the `zhicheng read-page --json` shape (a contract: add keys, never rename). */
export const PageRead = z.object({
  kind: z.enum(PAGE_KINDS),
  outcome: z.enum(PAGE_OUTCOMES),
  vcode: z.string().nullable(),
  fields: ReadFields,
  warnings: z.array(z.string()),
});
export type PageRead = z.infer<typeof PageRead>;
