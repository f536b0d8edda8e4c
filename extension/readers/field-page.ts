import { REPORT_FIELDS, type PageKind, type PageRead, type ReportFieldKey } from '../../shared/model';
import { pageRoot } from './dom';
import { isPresent, readFields } from './fields';
import { fieldOfLabel } from './labels';
import { MSG } from './messages';
import { collectPairs, commonAncestor, type RawPair } from './pairs';
import { emptyRead } from './reader';
import { unlabelledHolder } from './unlabelled-name';
import { readVcode } from './vcode';

export interface FieldPageSpec {
  kind: PageKind;
  /** Without these the page is not a usable record (outcome 'unknown'). */
  keyFields: readonly ReportFieldKey[];
  /** The page's name for messages, e.g. 教育部学历证书电子注册备案表. */
  what: string;
  /** The page carries an 在线验证码 (reports do; query results and the legacy site do not). */
  hasVcode: boolean;
  /** Said about every page of this kind that is read. */
  notes?: readonly string[];
}

/**
 * Every label/value pair of the report, in page order. A first pass finds the labels the model knows; their smallest
 * common container is the report's block, and a second pass over it also takes the labels the model does not know,
 * recognised by being dressed like the known ones (same element and classes). Only that block is read for them, so a
 * page's menus and footers never become fields.
 */
export function reportPairs(doc: Document): RawPair[] {
  const root = pageRoot(doc);
  const texts = new Map<Element, string>();
  const first = collectPairs(root, { texts });
  const block = commonAncestor(first.labelNodes);
  if (!block) return first.pairs;
  const pairs = collectPairs(block, { labelDresses: first.dresses, texts }).pairs;
  if (pairs.some((p) => fieldOfLabel(p.label)?.key === 'name')) return pairs;
  const holder = unlabelledHolder(block, root).filter((h) => !pairs.some((p) => fieldOfLabel(p.label)?.key === fieldOfLabel(h.label)?.key));
  return [...holder, ...pairs];
}

/** Reads a page of label/value rows: reports of every layout, query results, legacy degree results. */
export function readFieldPage(doc: Document, url: string, spec: FieldPageSpec): PageRead {
  const pairs = reportPairs(doc);
  const read = readFields(pairs, spec.what);
  if (!read.ok) return emptyRead(spec.kind, read.outcome, [read.warning]);
  const missing = spec.keyFields.filter((k) => !isPresent(read.fields[k]));
  if (missing.length) return emptyRead(spec.kind, 'unknown', [MSG.missing(missing.map((k) => REPORT_FIELDS[k].label), spec.what)]);
  const code = spec.hasVcode ? readVcode(doc, url, pairs) : { vcode: null, warnings: [] };
  if (code.refused) return emptyRead(spec.kind, 'refused', code.warnings);
  return {
    kind: spec.kind,
    outcome: 'report',
    vcode: code.vcode,
    fields: read.fields,
    extra: read.extra,
    order: read.order,
    warnings: [...(spec.notes ?? []), ...read.warnings, ...code.warnings],
  };
}

/** Whether the page shows at least one row whose label names a field (for `detect`). */
export const hasFieldRows = (doc: Document): boolean =>
  collectPairs(pageRoot(doc)).pairs.some((p) => fieldOfLabel(p.label) !== undefined);
