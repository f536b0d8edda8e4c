import { REPORT_FIELD_KEYS, REPORT_FIELDS, VCODE_LABEL, type ReportFieldKey } from '../../shared/model';
import { normaliseLabel } from '../../shared/text/normalize';

// Every label text the sites print, normalised, to its field key and the alias as the model spells it.
const BY_LABEL = new Map<string, { key: ReportFieldKey; label: string }>();
for (const key of REPORT_FIELD_KEYS) {
  for (const alias of REPORT_FIELDS[key].aliases) BY_LABEL.set(normaliseLabel(alias), { key, label: alias });
}
const VCODE = normaliseLabel(VCODE_LABEL);

/** Longest label worth normalising; anything longer is page text, not a label. */
const MAX_LABEL_CHARS = 40;

/** The field a label text names (width, spaces and a trailing colon ignored), or undefined. */
export function fieldOfLabel(text: string): { key: ReportFieldKey; label: string } | undefined {
  return text.length > MAX_LABEL_CHARS ? undefined : BY_LABEL.get(normaliseLabel(text));
}

export const isVcodeLabel = (text: string): boolean => text.length <= MAX_LABEL_CHARS && normaliseLabel(text) === VCODE;

/** Any label the readers know, the 在线验证码 one included. */
export const isKnownLabel = (text: string): boolean => fieldOfLabel(text) !== undefined || isVcodeLabel(text);
