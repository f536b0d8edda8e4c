// What a signature line holds, decided once for both renderers: they differ only in how they draw it.
import { DEFAULTS, type SignatureLine } from './model';
import { resolveContent, type Run } from './resolve';

export interface SignatureParts {
  /** `label（签字）：`, or nothing for an empty label with no action (the date alone). */
  label: Run[];
  /** mm; 0 draws no line (a date row such as 填报日期：　年　月　日). */
  lineWidth: number;
  /** The blanks to write the date in, the date given, or nothing. */
  date: Run[];
}

export function signatureParts(block: SignatureLine, data: unknown): SignatureParts {
  const action = block.action ?? '签字';
  const given = resolveContent(data, block.label);
  const bare = !action && given.every((r) => !r.text);
  return {
    label: bare ? [] : [...given, { text: action ? `（${action}）：` : '：' }],
    lineWidth: block.lineWidth ?? DEFAULTS.signatureLineWidth,
    date: block.date === false ? [] : block.date === true || block.date === undefined ? [{ text: DEFAULTS.dateBlanks }] : resolveContent(data, block.date),
  };
}
