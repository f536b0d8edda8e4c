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
import { latestRecord, latestRecords } from '../../shared/rules';
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

/** Every document a form makes from a source: one per credential, one per applicant, or one for the roster. */
export function jobsFor(form: FormDefinition<FormInput>, source: FormSource): FormJob[] {
  const { applicants, records, settings } = source;
  switch (form.input) {
    case 'committee':
      return [{ form, data: { applicants, settings, ...(source.meeting ? { meeting: source.meeting } : {}) } }];
    case 'applicant':
      return applicants.map((applicant) => ({
        form,
        applicant,
        // The newest record of each credential: what the forms report is the latest lookup.
        data: { applicant, settings, records: [...latestRecords(records.filter((r) => r.applicantId === applicant.id)).values()] },
      }));
    case 'applicant-credential':
      return applicants.flatMap((applicant) =>
        applicant.credentials.map((credential) => {
          const record = latestRecord(records, applicant.id, credential.id);
          return { form, applicant, credential, data: { applicant, credential, settings, ...(record ? { record } : {}) } };
        }),
      );
  }
}

