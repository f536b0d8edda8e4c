import type { Applicant, Credential, Settings, VerificationRecord } from '../../shared/model';
import { FORM_IDS, planApplicant, type ApplicantPlan, type FormId } from '../../shared/rules/plan';
import type { Document } from '../document/model';

/** What a form is built from. */
export type FormInput = 'applicant-credential' | 'applicant' | 'committee';
export { FORM_IDS, type FormId };

/** One credential of one applicant, with its verification record when it has been looked up. */
export interface ApplicantCredentialData {
  applicant: Applicant;
  credential: Credential;
  record?: VerificationRecord;
  settings: Settings;
}

/** One applicant; `records` (all of theirs) give each credential its state (e.g. not found → archive review). */
export interface ApplicantData {
  applicant: Applicant;
  settings: Settings;
  records?: readonly VerificationRecord[];
}

/** The applicant's plan, derived from the data a form is given: every form states what the plan says. */
export const planOf = (d: ApplicantData): ApplicantPlan => planApplicant(d.applicant, d.records ?? [], d.settings);

export interface Meeting {
  /** Date of the committee meeting, YYYY-MM-DD. */
  date?: string;
  /** First day of the 公示, YYYY-MM-DD. */
  publicityFrom?: string;
  /** 评审年度 (defaults to the meeting's year, else the current year). */
  year?: number;
}

/** A committee's whole roster (公示名单, 统计表). */
export interface CommitteeData {
  applicants: readonly Applicant[];
  /** Verification records of those applicants (the 材料核对清单 reads them). */
  records?: readonly VerificationRecord[];
  settings: Settings;
  meeting?: Meeting;
  /** 评审委员会 name; defaults to settings.committee. */
  committee?: string;
}

export interface InputData {
  'applicant-credential': ApplicantCredentialData;
  applicant: ApplicantData;
  committee: CommitteeData;
}


/** A form as data: its id, names, what it is built from, and the document it makes. */
export interface FormDefinition<I extends FormInput = FormInput> {
  id: FormId;
  /** The form's Chinese title. */
  title: string;
  /** File name without extension (Chinese), e.g. 学历学位查验结果单. */
  fileName: string;
  input: I;
  /** Distinguishes several files of one form for one applicant (per credential), e.g. `学历-本科`. */
  fileSuffix?(data: InputData[I]): string;
  build(data: InputData[I]): Document;
}

export const defineForm = <I extends FormInput>(def: FormDefinition<I>): FormDefinition<I> => def;
