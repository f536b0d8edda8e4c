// Builds PageRead objects for the match tests, labels taken from the model.
import { PageRead, REPORT_FIELDS, type PageKind, type PageOutcome, type ReadField, type ReportFieldKey } from '../../../shared/model';
import { normaliseDate, tidy } from '../../../shared/text/normalize';

type Cell = string | { raw: string; value?: string | null; image?: boolean };

export function page(kind: PageKind, cells: Partial<Record<ReportFieldKey, Cell>>, outcome: PageOutcome = 'report'): PageRead {
  const fields: Partial<Record<ReportFieldKey, ReadField>> = {};
  for (const [key, cell] of Object.entries(cells) as [ReportFieldKey, Cell][]) {
    const c = typeof cell === 'string' ? { raw: cell } : cell;
    const def = REPORT_FIELDS[key];
    const value = c.image ? null : c.value !== undefined ? c.value : 'date' in def ? normaliseDate(c.raw) : tidy(c.raw);
    fields[key] = { label: def.label, raw: c.raw, value, image: c.image ?? false };
  }
  return PageRead.parse({ kind, outcome, vcode: 'A1B2C3D4E5F6G7H8', fields, warnings: [] });
}
