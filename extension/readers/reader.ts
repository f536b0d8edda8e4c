import type { PageKind, PageOutcome, PageRead } from '../../shared/model';

/**
 * One kind of page on the verification sites: where it runs (Chrome match patterns, with example URLs that a test
 * checks against them), how to recognise it, and how to read it. `detect` and `read` touch the DOM only through
 * standard interfaces, so they run on the live page and on a saved one (linkedom) alike.
 */
export interface Reader {
  id: string;
  kind: PageKind;
  matches: string[];
  examples: string[];
  detect(doc: Document, url: string): boolean;
  read(doc: Document, url: string): PageRead;
}

/** A page that yields no fields: errors, refusals, interstitials. */
export const emptyRead = (kind: PageKind, outcome: PageOutcome, warnings: string[], vcode: string | null = null): PageRead => ({
  kind,
  outcome,
  vcode,
  fields: {},
  extra: [],
  order: [],
  warnings,
});
