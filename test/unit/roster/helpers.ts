import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/roster');
export const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, name)));

/** A UTF-8 CSV (with BOM) from rows of cells. */
export const csv = (rows: string[][]): Uint8Array => new TextEncoder().encode(`\uFEFF${Papa.unparse(rows, { newline: '\r\n' })}`);
