// The sample saved pages of the verification sites, shipped as data: sites/ holds one page per kind and layout of
// 学信网 and the degree sites, and sites/index.json the URL each was saved from and what the readers make of it. Every
// person, school and code in them is made up; the reports belong to the sample applicants (applicants.ts). The demo
// reads them as a user's browser would show them; the tests serve and read the same pages.

/**
 * The folder, named from the repository root: the built CLI (dist/cli/, as deep as this folder, see
 * scripts/build-cli.mjs) finds it from its bundle as this module does from here.
 */
export const SAMPLE_SITES_DIR = new URL('../../shared/sample/sites/', import.meta.url);

/** An entry of sites/index.json. */
export interface SamplePage {
  file: string;
  /** Where the page was saved from (what the address bar showed). */
  url: string;
  kind: string;
  outcome: string;
  vcode: string | null;
  layout?: number;
  charset?: string;
  /** The sample applicant and credential the page belongs to. */
  applicant?: string | null;
  credential?: string | null;
  /** Field keys the page shows differently from that credential on purpose. */
  mismatch?: string[];
  note?: string;
}
