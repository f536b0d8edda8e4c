// "名册有误，已更正": the clerk corrects, in place, a roster value a report showed to be wrong. The correction is an
// edit of the roster (as a re-import would be), checked by the same field rules; the credential's state then follows
// from the comparison made again, never from the correction itself.
import type { z } from 'zod';
import {
  APPLICANT_FIELDS,
  Applicant,
  XUELI_FIELDS,
  XUEWEI_FIELDS,
  type Credential,
  type FieldDef,
  type ReportFieldKey,
} from '../model';
import { normaliseDate } from '../text/normalize';

type Where = { of: 'applicant'; prop: 'name' | 'gender' } | { of: 'credential'; prop: string };

/**
 * Where the roster holds the value each compared field was checked against. 出生日期 is not here: it comes from the
 * 身份证号, which identifies the person, so it is corrected in the roster file and imported again.
 */
const WHERE: Partial<Record<ReportFieldKey, Where>> = {
  name: { of: 'applicant', prop: 'name' },
  gender: { of: 'applicant', prop: 'gender' },
  certNo: { of: 'credential', prop: 'certNo' },
  major: { of: 'credential', prop: 'major' },
  school: { of: 'credential', prop: 'school' },
  awardingUnit: { of: 'credential', prop: 'school' },
  level: { of: 'credential', prop: 'level' },
  studyMode: { of: 'credential', prop: 'studyMode' },
  enrolDate: { of: 'credential', prop: 'enrolDate' },
  gradDate: { of: 'credential', prop: 'gradDate' },
  degree: { of: 'credential', prop: 'degree' },
  degreeField: { of: 'credential', prop: 'degreeField' },
  degreeDate: { of: 'credential', prop: 'degreeDate' },
};

export interface CorrectableField {
  key: string;
  /** The roster column's label. */
  label: string;
  /** The roster's value now. */
  value: string;
  /** The values a choice field allows (性别, 层次, 学位). */
  options?: readonly string[];
  date: boolean;
}

function definition(where: Where, c: Credential): FieldDef | undefined {
  if (where.of === 'applicant') return APPLICANT_FIELDS[where.prop];
  const fields: Record<string, FieldDef> = c.kind === 'xueli' ? XUELI_FIELDS : XUEWEI_FIELDS;
  return fields[where.prop];
}

const optionsOf = (schema: z.ZodType): readonly string[] | undefined => {
  const opts = (schema as { options?: unknown }).options;
  return Array.isArray(opts) && opts.every((o) => typeof o === 'string') ? opts : undefined;
};

/** The roster field behind a compared field of this credential, or null when it cannot be corrected in place. */
export function correctableField(key: string, applicant: Applicant, credential: Credential): CorrectableField | null {
  const where = WHERE[key as ReportFieldKey];
  const def = where && definition(where, credential);
  if (!where || !def) return null;
  const raw = where.of === 'applicant' ? applicant[where.prop] : (credential as Record<string, unknown>)[where.prop];
  const options = optionsOf(def.schema);
  return {
    key,
    label: def.label,
    value: typeof raw === 'string' ? raw : '',
    ...(options ? { options } : {}),
    date: /Date$/.test(where.prop),
  };
}

export type CorrectionResult = { ok: true; applicant: Applicant } | { ok: false; message: string };

/** The applicant with one roster value corrected, checked by the roster's own field rules. */
export function correctRoster(applicant: Applicant, credentialId: string, key: string, typed: string): CorrectionResult {
  const credential = applicant.credentials.find((c) => c.id === credentialId);
  const where = WHERE[key as ReportFieldKey];
  const field = credential && correctableField(key, applicant, credential);
  if (!credential || !where || !field) return { ok: false, message: '此项不能在这里更正：请修改名单文件后重新导入。' };
  const value = field.date ? (normaliseDate(typed) ?? typed.trim()) : typed.trim();
  const next =
    where.of === 'applicant'
      ? { ...applicant, [where.prop]: value }
      : { ...applicant, credentials: applicant.credentials.map((c) => (c.id === credentialId ? { ...c, [where.prop]: value } : c)) };
  const parsed = Applicant.safeParse(next);
  if (parsed.success) return { ok: true, applicant: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, message: `${field.label}：${issue?.message ?? '格式不对'}` };
}
