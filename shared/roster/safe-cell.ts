// Cell text that a spreadsheet must show as text, never run: the one place exports escape values.
import type ExcelJS from 'exceljs';
import { xmlSafe } from '../text/xml';

/** Text Excel, WPS or LibreOffice would read as a formula: = + - @ first (after spaces), or a leading tab or CR. */
const FORMULA_LIKE = /^[^\S\t\r]*[=+\-@\t\r]/;

export const isFormulaLike = (text: string): boolean => FORMULA_LIKE.test(text);

/** Digit runs Excel would turn into a number and round (ID numbers, certificate numbers). */
const LONG_DIGITS = /^\d{12,}$/;

/**
 * One cell of a CSV meant for Excel. Formula-like text gets a leading single quote, so it is shown, not run; a long
 * digit run gets a leading tab, so Excel keeps it as text instead of rounding it to 15 digits.
 */
export function safeCell(text: string): string {
  if (isFormulaLike(text)) return `'${text}`;
  if (LONG_DIGITS.test(text)) return `\t${text}`;
  return text;
}

/** The inverse of safeCell, for reading back a CSV this program wrote. */
export function unsafeCell(text: string): string {
  if (text.startsWith("'") && isFormulaLike(text.slice(1))) return text.slice(1);
  if (text.startsWith('\t') && LONG_DIGITS.test(text.slice(1))) return text.slice(1);
  return text;
}

/**
 * One XLSX cell: always a string cell in text format (never a formula, and Excel keeps it text when edited), without
 * characters XML cannot hold (import refuses them; this keeps anything that slipped through from breaking the file).
 */
export function setTextCell(cell: ExcelJS.Cell, text: string): void {
  cell.value = xmlSafe(text);
  cell.numFmt = '@';
}
