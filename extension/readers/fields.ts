import { REPORT_FIELDS, type ReadField, type ReadFields, type ReportFieldKey } from '../../shared/model';
import { hasPrivateUse, normaliseCertNo, normaliseDate } from '../../shared/text/normalize';
import { fieldOfLabel, isKnownLabel } from './labels';
import { MSG } from './messages';
import type { RawPair } from './pairs';

/**
 * Longest value a real report shows (school names run to about 40 characters). A longer one means the page is not
 * what it claims: the page is refused rather than a value cut short into a wrong record.
 */
export const MAX_VALUE_CHARS = 200;

/** Text decoded with the wrong encoding: replacement characters, C1 controls, or UTF-8 read as Latin-1. */
const GARBLED = /\uFFFD|[\u0080-\u009F]|[\u00C2-\u00EF][\u0080-\u00BF\u0152-\u0192\u02C6\u02DC\u2013-\u203A\u20AC\u2122]/;

export type FieldsResult =
  | { ok: true; fields: ReadFields; warnings: string[] }
  | { ok: false; outcome: 'refused' | 'unknown'; warning: string };

const refuse = (warning: string): FieldsResult => ({ ok: false, outcome: 'refused', warning });

/** A value as the field's kind wants it: ISO dates, certificate numbers without spaces, everything else as shown. */
function normalise(key: ReportFieldKey, label: string, raw: string): { value: string | null; warning?: string } {
  if (raw === '') return { value: null };
  const def = REPORT_FIELDS[key];
  if ('date' in def && def.date) {
    const value = normaliseDate(raw);
    return value ? { value } : { value: null, warning: MSG.notADate(label, raw) };
  }
  if (key === 'certNo') return { value: normaliseCertNo(raw) };
  return { value: raw };
}

/**
 * Pairs → fields; unknown labels are ignored. A field's value that holds private-use characters (an obfuscation font
 * draws other text than textContent holds), is hidden, scripted, garbled, absurdly long, itself a label, or given twice
 * with different text leaves no record at all: the whole page is refused or unknown.
 */
export function readFields(pairs: readonly RawPair[]): FieldsResult {
  const found = new Map<ReportFieldKey, { label: string; pair: RawPair }>();
  for (const pair of pairs) {
    const named = fieldOfLabel(pair.label);
    if (!named) continue;
    const { key, label } = named;
    if (pair.orphan) return { ok: false, outcome: 'unknown', warning: MSG.orphan(label) };
    if (hasPrivateUse(pair.value)) return refuse(MSG.obfuscated);
    if (pair.unsafe) return refuse(MSG.unsafe(label));
    if (pair.value.length > MAX_VALUE_CHARS) return refuse(MSG.tooLong(label, pair.value.length));
    if (GARBLED.test(pair.value)) return refuse(MSG.garbled(label));
    if (!pair.image && isKnownLabel(pair.value)) return { ok: false, outcome: 'unknown', warning: MSG.labelAsValue(label, pair.value) };
    const before = found.get(key);
    if (before && (before.pair.value !== pair.value || before.pair.image !== pair.image)) {
      return { ok: false, outcome: 'unknown', warning: MSG.conflict(label) };
    }
    if (!before) found.set(key, { label, pair });
  }

  const fields: ReadFields = {};
  const warnings: string[] = [];
  for (const [key, { label, pair }] of found) {
    let field: ReadField;
    if (pair.image) {
      field = { label, raw: '', value: null, image: true };
      warnings.push(MSG.image(label));
    } else {
      const { value, warning } = normalise(key, label, pair.value);
      field = { label, raw: pair.value, value, image: false };
      if (warning) warnings.push(warning);
    }
    fields[key] = field;
  }
  return { ok: true, fields, warnings };
}

/** A field that is there to compare: a value, or an image the user confirms by eye. */
export const isPresent = (f: ReadField | undefined): boolean => f !== undefined && (f.image || f.value !== null);
