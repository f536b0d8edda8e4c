// Validation problems in the words users know: Chinese messages and field labels instead of keys.
import { z } from 'zod';
import {
  ACHIEVEMENT_FIELDS,
  APPLICANT_FIELDS,
  AWARD_FIELDS,
  PAPER_FIELDS,
  STUDY_FIELDS,
  TRAINING_FIELDS,
  WORK_FIELDS,
} from './applicant';
import { XUELI_FIELDS, XUEWEI_FIELDS } from './credential';
import type { FieldDef } from './field';

/** Per-parse error map (`schema.safeParse(x, { error: zhErrors })`): Chinese where the schema sets no message. */
export const zhErrors = z.locales.zhCN().localeError;

const HISTORY_FIELDS: Record<string, Record<string, FieldDef>> = {
  study: STUDY_FIELDS,
  work: WORK_FIELDS,
  training: TRAINING_FIELDS,
  achievements: ACHIEVEMENT_FIELDS,
  papers: PAPER_FIELDS,
  awards: AWARD_FIELDS,
};

const at = (v: unknown, k: PropertyKey): unknown => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined);

/** A path inside an Applicant as labels, e.g. 学历学位第2项·毕(结)业日期; `data` tells a credential's kind. */
export function applicantPathLabel(path: readonly PropertyKey[], data: unknown): string {
  const [top, index, sub] = path;
  const topDef = (APPLICANT_FIELDS as Record<PropertyKey, FieldDef>)[top ?? ''];
  if (!topDef) return path.map(String).join('.');
  if (typeof index !== 'number') return topDef.label;
  const item = at(at(data, top!), index);
  const table: Record<PropertyKey, FieldDef> | undefined =
    top === 'credentials' ? (at(item, 'kind') === 'xuewei' ? XUEWEI_FIELDS : XUELI_FIELDS) : HISTORY_FIELDS[top as string];
  const subLabel = sub === undefined ? '' : `·${table?.[sub]?.label ?? String(sub)}`;
  return `${topDef.label}第${index + 1}项${subLabel}`;
}

/** The first `max` issues of a failed Applicant parse, one line each: 「label」message. */
export function describeApplicantIssues(error: z.ZodError, data: unknown, max = 5): string {
  const lines = error.issues.slice(0, max).map((i) => `“${applicantPathLabel(i.path, data)}”${i.message}`);
  const more = error.issues.length > max ? `；另有${error.issues.length - max}处问题` : '';
  return lines.join('；') + more;
}
