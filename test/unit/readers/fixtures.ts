import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { asShownWithScripts, decodeSavedPage, residueMovedIntoBody } from '../../../extension/readers/saved-page';
import { SAMPLE_SITES_DIR, type SamplePage } from '../../../shared/sample/sites';

export const FIXTURE_DIR = fileURLToPath(SAMPLE_SITES_DIR);

export type FixtureEntry = SamplePage;

export const FIXTURES: FixtureEntry[] = JSON.parse(readFileSync(`${FIXTURE_DIR}index.json`, 'utf8')).fixtures;

/** A saved page's text, decoded as the CLI decodes it. */
export const fixtureHtml = (file: string): string => decodeSavedPage(readFileSync(`${FIXTURE_DIR}${file}`));

/** Parses HTML in Node as the CLI does (linkedom, noscript dropped), typed as the standard Document the readers take. */
export const parsePage = (html: string): Document =>
  asShownWithScripts(parseHTML(residueMovedIntoBody(html)).document as unknown as Document);
