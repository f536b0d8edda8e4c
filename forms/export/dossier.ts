// What goes into the export: per applicant the forms its plan names (shared/rules/plan.ts); for the committee the
// 公示名单, the statistics table and the 材料核对清单.
import type { Applicant, Settings, VerificationRecord } from '../../shared/model';
import { latestRecords, planApplicant, recordKey } from '../../shared/rules';
import type { FormId, InputData, Meeting } from '../definitions/form';
import { documentName } from '../definitions';

/** Every form as PDF and DOCX; the committee's tables (统计表, 材料核对清单) as PDF and XLSX. */
export type FormFormat = 'pdf' | 'docx' | 'xlsx';
export const FORM_FORMATS: readonly FormFormat[] = ['pdf', 'docx'];
/** Forms a spreadsheet serves better than a Word file. */
export const TABLE_FORMS: readonly FormId[] = ['statistics', 'checklist'];

/** One form to render: its id, the data it is built from, and its file name (without extension). */
export interface FormJob {
  formId: FormId;
  data: unknown;
  name: string;
  /** The credential a verification sheet is for. */
  credentialId?: string;
  /** Whose dossier it is in (absent for the committee's forms). */
  applicant?: Applicant;
}


/** One applicant's forms, as the plan decides, in the order a reviewer reads them. File names are unique within the applicant. */
export function dossierJobs(applicant: Applicant, records: readonly VerificationRecord[], settings: Settings): FormJob[] {
  const latest = latestRecords(records.filter((r) => r.applicantId === applicant.id));
  const jobs: FormJob[] = [];
  const add = (formId: FormId, data: unknown, credentialId?: string) => {
    const base = documentName(formId, data);
    let name = base;
    for (let n = 2; jobs.some((j) => j.name === name); n++) name = `${base}-${n}`;
    jobs.push({ formId, data, name, applicant, ...(credentialId ? { credentialId } : {}) });
  };
  const applicantData: InputData['applicant'] = { applicant, settings, records: [...latest.values()] };
  for (const planned of planApplicant(applicant, records, settings).forms) {
    const credential = planned.credentialId ? applicant.credentials.find((c) => c.id === planned.credentialId) : undefined;
    if (!credential) {
      add(planned.form, applicantData);
      continue;
    }
    const record = latest.get(recordKey(applicant.id, credential.id));
    add(planned.form, { applicant, credential, settings, ...(record ? { record } : {}) } satisfies InputData['applicant-credential'], credential.id);
  }
  return jobs;
}

export interface CommitteeInfo {
  meeting?: string;
  committee?: string;
  /** 评审年度 when there is no meeting date (the year the export is made). */
  year?: number;
}

/** The committee's own forms over the whole roster. */
export function committeeJobs(applicants: readonly Applicant[], records: readonly VerificationRecord[], settings: Settings, info: CommitteeInfo): FormJob[] {
  const meeting: Meeting | undefined =
    info.meeting || info.year ? { ...(info.meeting ? { date: info.meeting } : {}), ...(info.year ? { year: info.year } : {}) } : undefined;
  const data: InputData['committee'] = {
    applicants,
    records,
    settings,
    ...(meeting ? { meeting } : {}),
    ...(info.committee ? { committee: info.committee } : {}),
  };
  return (['publicity', 'statistics', 'checklist'] as const).map((formId) => ({ formId, data, name: documentName(formId, data) }));
}
