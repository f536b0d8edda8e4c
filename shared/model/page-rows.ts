import { REPORT_FIELD_KEYS, REPORT_FIELDS, type ReportFieldKey } from './report-fields';
import type { ExtraField, ReadFields } from './record';

/** One row of a page as read: its label as printed in the model (or on the page, for extras) and the text beside it. */
export interface PageRow {
  label: string;
  raw: string;
  /** Where the row lives in the read or record: `fields.<key>` or `extra.<index>` (a form binds `record.<path>.raw`). */
  path: string;
  /** The model's key for a known field; absent for an extra. */
  key?: ReportFieldKey;
  /** The page drew the value as an image (known fields only). */
  image: boolean;
}

interface Rows {
  fields: ReadFields;
  extra?: readonly ExtraField[];
  order?: readonly string[];
}

/**
 * Every field and extra of a read or record, in the page's order; anything the order does not name (a record made
 * before pages kept their order) follows in the model's order, extras last.
 */
export function pageRows(read: Rows): PageRow[] {
  const extra = read.extra ?? [];
  const rows: PageRow[] = [];
  const done = new Set<string>();
  const add = (path: string) => {
    if (done.has(path)) return;
    const [part, id] = path.split('.') as [string, string];
    if (part === 'fields') {
      const key = id as ReportFieldKey;
      const f = key in REPORT_FIELDS ? read.fields[key] : undefined;
      if (!f) return;
      rows.push({ label: f.label, raw: f.raw, path, key, image: f.image });
    } else {
      const e = extra[Number(id)];
      if (!e) return;
      rows.push({ label: e.label, raw: e.raw, path, image: false });
    }
    done.add(path);
  };
  for (const path of read.order ?? []) add(path);
  for (const key of REPORT_FIELD_KEYS) add(`fields.${key}`);
  extra.forEach((_, i) => add(`extra.${i}`));
  return rows;
}
