import { REPORT_FIELDS, type ExtraField, type ReadField, type ReadFields, type ReportFieldKey } from '../../shared/model';
import { hasPrivateUse, normaliseCertNo, normaliseDate } from '../../shared/text/normalize';
import { extraLabel, fieldOfLabel, isKnownLabel, isVcodeLabel } from './labels';
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
  | { ok: true; fields: ReadFields; extra: ExtraField[]; order: string[]; warnings: string[] }
  | { ok: false; outcome: 'refused' | 'unknown'; warning: string };

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

/** Why a pair's value cannot be trusted, as the message for the page; null when it can. */
function problemOf(pair: RawPair, label: string, what: string): { outcome: 'refused' | 'unknown'; warning: string } | null {
  if (pair.orphan) return { outcome: 'unknown', warning: MSG.orphan(what, label) };
  if (hasPrivateUse(pair.value)) return { outcome: 'refused', warning: MSG.obfuscated(what) };
  if (pair.unsafe) return { outcome: 'refused', warning: MSG.unsafe(what, label) };
  if (pair.value.length > MAX_VALUE_CHARS) return { outcome: 'refused', warning: MSG.tooLong(what, label) };
  if (GARBLED.test(pair.value)) return { outcome: 'refused', warning: MSG.garbled(what, label) };
  if (!pair.image && isKnownLabel(pair.value)) return { outcome: 'unknown', warning: MSG.labelAsValue(what, label, pair.value) };
  return null;
}

/**
 * Pairs → the model's fields, the extras (labels it has no key for) and the page's order of both. A known field's
 * value that holds private-use characters (an obfuscation font draws other text than textContent holds), is hidden,
 * scripted, garbled, absurdly long, itself a label, or given twice with different text leaves no record at all: the
 * whole page is refused or unknown. An extra is kept as shown when its value is plain visible text; an untrustworthy
 * one is dropped with a warning (it decides nothing), and the same extra shown twice alike is kept once.
 */
export function readFields(pairs: readonly RawPair[], what: string): FieldsResult {
  const found = new Map<ReportFieldKey, { label: string; pair: RawPair }>();
  const extra: ExtraField[] = [];
  const order: string[] = [];
  const warnings: string[] = [];
  for (const pair of pairs) {
    if (isVcodeLabel(pair.label)) continue; // the code is kept once, as `vcode` (see readVcode)
    const named = fieldOfLabel(pair.label);
    if (!named) {
      const label = extraLabel(pair.label);
      if (pair.value === '' || pair.image) continue; // a heading with nothing beside it, or a picture: not a field
      if (problemOf(pair, label, what)) {
        warnings.push(MSG.extraSkipped(label));
        continue;
      }
      if (extra.some((e) => e.label === label && e.raw === pair.value)) continue;
      order.push(`extra.${extra.length}`);
      extra.push({ label, raw: pair.value });
      continue;
    }
    const { key, label } = named;
    const problem = problemOf(pair, label, what);
    if (problem) return { ok: false, ...problem };
    const before = found.get(key);
    if (before && (before.pair.value !== pair.value || before.pair.image !== pair.image)) {
      return { ok: false, outcome: 'unknown', warning: MSG.conflict(what, label, before.pair.value, pair.value) };
    }
    if (!before) {
      found.set(key, { label, pair });
      order.push(`fields.${key}`);
    }
  }

  const fields: ReadFields = {};
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
  return { ok: true, fields, extra, order, warnings };
}

/** A field that is there to compare: a value, or an image the user confirms by eye. */
export const isPresent = (f: ReadField | undefined): boolean => f !== undefined && (f.image || f.value !== null);
