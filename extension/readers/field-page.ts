import { REPORT_FIELDS, type PageKind, type PageRead, type ReportFieldKey } from '../../shared/model';
import { pageRoot } from './dom';
import { isPresent, readFields } from './fields';
import { fieldOfLabel } from './labels';
import { MSG } from './messages';
import { collectPairs } from './pairs';
import { emptyRead } from './reader';
import { readVcode } from './vcode';

export interface FieldPageSpec {
  kind: PageKind;
  /** Without these the page is not a usable record (outcome 'unknown'). */
  keyFields: readonly ReportFieldKey[];
  /** The page's name for the "missing" message, e.g. 学历证书电子注册备案表. */
  what: string;
  /** The page carries an 在线验证码 (reports do; query results and the legacy site do not). */
  hasVcode: boolean;
  /** Said about every page of this kind that is read. */
  notes?: readonly string[];
}

/** Reads a page of label/value rows: reports of all three layouts, query results, legacy degree results. */
export function readFieldPage(doc: Document, url: string, spec: FieldPageSpec): PageRead {
  const pairs = collectPairs(pageRoot(doc));
  const read = readFields(pairs);
  if (!read.ok) return emptyRead(spec.kind, read.outcome, [read.warning]);
  const missing = spec.keyFields.filter((k) => !isPresent(read.fields[k]));
  if (missing.length) return emptyRead(spec.kind, 'unknown', [MSG.missing(missing.map((k) => REPORT_FIELDS[k].label), spec.what)]);
  const code = spec.hasVcode ? readVcode(doc, url, pairs) : { vcode: null, warnings: [] };
  return {
    kind: spec.kind,
    outcome: 'report',
    vcode: code.vcode,
    fields: read.fields,
    warnings: [...(spec.notes ?? []), ...read.warnings, ...code.warnings],
  };
}

/** Whether the page shows at least one row whose label names a field (for `detect`). */
export const hasFieldRows = (doc: Document): boolean => collectPairs(pageRoot(doc)).some((p) => fieldOfLabel(p.label) !== undefined);
