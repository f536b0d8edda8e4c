// What the forms are filled from: an applicant JSON, a backup/export JSON (Backup), or applicants from a roster.
// Browser-safe (no node:*): callers read the file; this validates it and pairs each form with its data.
import {
  Applicant,
  Backup,
  Settings,
  VerificationRecord,
  type Credential,
} from '../../shared/model';
import { describeApplicantIssues, zhErrors } from '../../shared/model/issues';
import { parseBackup } from '../../shared/store/backup-file';
import { StoreError } from '../../shared/store/errors';
import { latestRecords, planApplicant, recordKey } from '../../shared/rules';
import type { FormDefinition, FormInput, InputData, Meeting } from './form';

/** Everything forms can be made from. */
export interface FormSource {
  applicants: Applicant[];
  records: VerificationRecord[];
  settings: Settings;
  meeting?: Meeting;
}

/** Bad input, in Chinese (shown to users as is). */
export class FormInputError extends Error {
  override name = 'FormInputError';
}

/** Reads a parsed JSON document: a Backup (applicants + records + settings), one applicant, or a list of them. */
export function sourceFromJson(json: unknown): FormSource {
  const obj = json && typeof json === 'object' ? (json as Record<string, unknown>) : undefined;
  if (obj && !Array.isArray(obj) && ('applicants' in obj || obj.app === 'zhicheng-desk')) {
    // The store's own check of a backup file: the same Chinese messages (申报人第3个（张三）“…”) as a restore.
    let b: Backup;
    try {
      b = parseBackup(json);
    } catch (e) {
      if (e instanceof StoreError) throw new FormInputError(e.message);
      throw e;
    }
    return { applicants: b.applicants, records: b.records, settings: b.settings };
  }
  const list = Array.isArray(json) ? json : [json];
  if (!list.length) throw new FormInputError('数据文件中没有申报人');
  const applicants = list.map((item, i) => {
    // Something else altogether (another program's JSON): say what is wanted, not which of a dozen fields is missing.
    const fields = item && typeof item === 'object' ? Object.keys(item) : [];
    if (!fields.some((k) => k === 'name' || k === 'idNumber' || k === 'credentials')) {
      throw new FormInputError(`${list.length > 1 ? `第${i + 1}项` : '数据文件'}不是申报人或备份数据：应为本工具导出的备份文件（.json）或申报人 JSON，或者 .xlsx/.csv 名册`);
    }
    const r = Applicant.safeParse(item, { error: zhErrors });
    if (!r.success) throw new FormInputError(`${list.length > 1 ? `第${i + 1}位申报人：` : ''}${describeApplicantIssues(r.error, item)}`);
    return r.data;
  });
  return { applicants, records: [], settings: Settings.parse({}) };
}

/** One document to make: the form, its data, and whose it is (absent for committee forms). */
export interface FormJob<I extends FormInput = FormInput> {
  form: FormDefinition<I>;
  data: InputData[I];
  applicant?: Applicant;
  credential?: Credential;
}

/** Every document a form makes from a source, as the plan decides: per credential, per applicant, or for the roster. */
export function jobsFor(form: FormDefinition<FormInput>, source: FormSource): FormJob[] {
  const { applicants, records, settings } = source;
  if (form.input === 'committee') {
    return [{ form, data: { applicants, records, settings, ...(source.meeting ? { meeting: source.meeting } : {}) } }];
  }
  return applicants.flatMap((applicant): FormJob[] => {
    const planned = planApplicant(applicant, records, settings).forms.filter((p) => p.form === form.id);
    if (!planned.length) return [];
    // The newest record of each credential: what the forms report is the latest lookup.
    const own = latestRecords(records.filter((r) => r.applicantId === applicant.id));
    if (form.input === 'applicant') return [{ form, applicant, data: { applicant, settings, records: [...own.values()] } }];
    return planned.flatMap((p) => {
      const credential = applicant.credentials.find((c) => c.id === p.credentialId);
      if (!credential) return [];
      const record = own.get(recordKey(applicant.id, credential.id));
      return [{ form, applicant, credential, data: { applicant, credential, settings, ...(record ? { record } : {}) } }];
    });
  });
}

/** Why a form is not made for some applicants of a source, in Chinese; `withheld` when it waits for open items. */
export interface Skipped {
  message: string;
  withheld: boolean;
}

export function skippedFor(form: FormDefinition<FormInput>, source: FormSource): Skipped[] {
  if (form.input === 'committee') return [];
  return source.applicants.flatMap((applicant): Skipped[] => {
    const plan = planApplicant(applicant, source.records, source.settings);
    const withheld = plan.withheld.find((p) => p.form === form.id);
    if (withheld) return [{ message: `${form.title}（${applicant.name}）未生成：${withheld.reason}`, withheld: true }];
    if (plan.forms.some((p) => p.form === form.id)) return [];
    const why =
      form.id === 'archive-review' ? '没有需档案审查的学历学位' : form.id === 'verification' ? '没有在线查验的学历学位' : `取得方式为${plan.way}，不使用此表`;
    return [{ message: `${form.title}（${applicant.name}）未生成：${why}`, withheld: false }];
  });
}
