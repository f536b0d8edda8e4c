// How much of any input is read: well above real files, far below what exhausts memory or time. One place, so the
// CLI, the side panel and the generator page refuse the same files with the same words.

/** A roster: 10,000 rows are a few MB as .xlsx or .csv. */
export const MAX_ROSTER_BYTES = 50 * 1024 * 1024;
/** A backup: records carry page snapshots (tens of KB each). */
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;
/** A saved report page is tens of KB. */
export const MAX_PAGE_BYTES = 20 * 1024 * 1024;
/** An office's Word template: a form of a few pages with a logo is well under 1 MB; scanned seals a few MB. */
export const MAX_TEMPLATE_BYTES = 20 * 1024 * 1024;
/** Row errors listed one by one; the rest are counted (a wrong column on 8,000 rows is one mistake, not 8,000 lines). */
export const MAX_LISTED_ERROR_ROWS = 200;

const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;

/** Chinese: `what` of `size` bytes is over the cap `max`, and was not read. */
export const tooLarge = (what: string, size: number, max: number): string => `${what}有 ${mb(size)}，超过上限 ${mb(max)}，未读取。`;
