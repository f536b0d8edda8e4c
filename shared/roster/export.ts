// Applicants → roster rows → XLSX or CSV. Every cell is text: dates as 2019-07-01, enums as their Chinese values.
import Papa from 'papaparse';
import type { Applicant, Credential } from '../model';
import { rosterColumns, type Column } from './columns';
import { safeCell } from './safe-cell';
import { slotsNeeded, slotted } from './slots';
import { rosterWorkbook } from './workbook';

/** A field value as the roster shows it. */
export function cellText(col: Column, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  return col.valueLabels?.[String(value)] ?? String(value);
}

/** The columns for these applicants (as many credential groups as the one with the most needs) and one row each. */
export function rosterTable(
  applicants: readonly Applicant[],
  columns: Column[] = rosterColumns(slotsNeeded(applicants)),
): { columns: Column[]; rows: string[][] } {
  const rows = applicants.map((a) => {
    const bySlot = new Map(slotted(a.credentials).map(({ credential, slot }) => [`${slot.kind}${slot.slot}`, credential]));
    return columns.map((col) => {
      if (!col.group) return cellText(col, (a as Record<string, unknown>)[col.key]);
      const c: Credential | undefined = bySlot.get(`${col.group.kind}${col.group.slot}`);
      return c ? cellText(col, (c as Record<string, unknown>)[col.key]) : '';
    });
  });
  return { columns, rows };
}

/** CSV for Excel: UTF-8 with BOM, CRLF, every cell through safeCell. */
export function exportRosterCsv(applicants: readonly Applicant[]): string {
  const { columns, rows } = rosterTable(applicants);
  const table = [columns.map((c) => c.header), ...rows].map((r) => r.map(safeCell));
  return `\uFEFF${Papa.unparse(table, { newline: '\r\n' })}\r\n`;
}

export async function exportRosterXlsx(applicants: readonly Applicant[]): Promise<Uint8Array> {
  const { columns, rows } = rosterTable(applicants);
  return rosterWorkbook({ columns, rows });
}
