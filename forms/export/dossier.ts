// What goes into the export: per applicant the 评定表, a verification sheet per credential checked online, one
// archive-review sheet for the credentials whose route is 档案审查, both commitment letters; for the committee the
// 公示名单 and the statistics table.
import type { Applicant, Settings, VerificationRecord } from '../../shared/model';
import { currentRoute, latestRecords, recordKey } from '../../shared/rules';
import type { FormId, InputData, Meeting } from '../definitions/form';
import { documentName } from '../definitions';

export type FormFormat = 'pdf' | 'docx';
export const FORM_FORMATS: readonly FormFormat[] = ['pdf', 'docx'];

/** One form to render: its id, the data it is built from, and its file name (without extension). */
export interface FormJob {
  formId: FormId;
  data: unknown;
  name: string;
  /** The credential a verification sheet is for. */
  credentialId?: string;
}


/** One applicant's forms, in the order a reviewer reads them. File names are unique within the applicant. */
export function dossierJobs(applicant: Applicant, records: readonly VerificationRecord[], settings: Settings): FormJob[] {
  const latest = latestRecords(records.filter((r) => r.applicantId === applicant.id));
  const own = [...latest.values()];
  const jobs: FormJob[] = [];
  const add = (formId: FormId, data: unknown, credentialId?: string) => {
    const base = documentName(formId, data);
    let name = base;
    for (let n = 2; jobs.some((j) => j.name === name); n++) name = `${base}-${n}`;
    jobs.push({ formId, data, name, ...(credentialId ? { credentialId } : {}) });
  };
  const applicantData: InputData['applicant'] = { applicant, settings, records: own };
  add('evaluation', applicantData);
  // One verification sheet per credential checked online; one archive-review sheet listing every credential that is not.
  let archive = false;
  for (const credential of applicant.credentials) {
    const record = latest.get(recordKey(applicant.id, credential.id));
    if (currentRoute(credential, record).route === 'archive-review') archive = true;
    else add('verification', { applicant, credential, settings, ...(record ? { record } : {}) } satisfies InputData['applicant-credential'], credential.id);
  }
  if (archive) add('archive-review', applicantData);
  add('commitment-personal', applicantData);
  add('commitment-unit', applicantData);
  return jobs;
}

export interface CommitteeInfo {
  meeting?: string;
  committee?: string;
  /** 评审年度 when there is no meeting date (the year the export is made). */
  year?: number;
}

/** The committee's own forms over the whole roster. */
export function committeeJobs(applicants: readonly Applicant[], settings: Settings, info: CommitteeInfo): FormJob[] {
  const meeting: Meeting | undefined =
    info.meeting || info.year ? { ...(info.meeting ? { date: info.meeting } : {}), ...(info.year ? { year: info.year } : {}) } : undefined;
  const data: InputData['committee'] = {
    applicants,
    settings,
    ...(meeting ? { meeting } : {}),
    ...(info.committee ? { committee: info.committee } : {}),
  };
  return (['publicity', 'statistics'] as const).map((formId) => ({ formId, data, name: documentName(formId, data) }));
}
