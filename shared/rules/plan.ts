// The one plan of forms: per applicant, which forms, for which credential, and why — and what still blocks the
// dossier. The CLI's forms and export, the side panel and the generator page all ask this module.
import type { Applicant, Settings, TitleWay, VerificationRecord } from '../model';
import { CREDENTIAL_STATE_LABELS, credentialName, credentialStatus, type CredentialStatus } from './credential-state';
import { latestRecords, recordKey } from './latest-record';
import { titleName, titleWay } from './titles';
import { voteProblems } from './vote';

/** Every form zhicheng-desk makes, in the order lists show them. */
export const FORM_IDS = [
  'evaluation',
  'exam-registration',
  'graduate-determination',
  'verification',
  'archive-review',
  'commitment-personal',
  'commitment-unit',
  'publicity',
  'statistics',
  'checklist',
] as const;
export type FormId = (typeof FORM_IDS)[number];

/** The form each way of obtaining a title files (抚人社发〔2019〕60号 item 15). */
export const WAY_FORMS: Record<TitleWay, FormId> = {
  评审: 'evaluation',
  考试: 'exam-registration',
  认定: 'graduate-determination',
};

export interface PlannedForm {
  form: FormId;
  /** The credential a verification sheet is for. */
  credentialId?: string;
  /** Why the applicant gets it, in Chinese. */
  reason: string;
}

export interface ApplicantPlan {
  applicant: Applicant;
  way: TitleWay;
  /** 申报资格名称; '' when neither the roster nor the tables name it. */
  titleName: string;
  credentials: CredentialStatus[];
  forms: PlannedForm[];
  /** Forms the applicant does not get now, with why (e.g. the unit pledge while the dossier is blocked). */
  withheld: PlannedForm[];
  /** What keeps the dossier from being complete, in Chinese; empty when ready. */
  blockers: string[];
  /** The vote and result disagree (an error, not a blocker to override). */
  voteProblems: string[];
}

function blockersOf(s: CredentialStatus): string[] {
  const name = credentialName(s.credential);
  switch (s.state) {
    case 'pending':
      return [`${name}${CREDENTIAL_STATE_LABELS.pending}${s.problems.length && s.record ? `（${s.problems.join('；')}）` : ''}`];
    case 'confirm':
      return [`${name}${CREDENTIAL_STATE_LABELS.confirm}：${s.problems.join('；')}`];
    case 'mismatch':
      return [`${name}与网上查验结果不一致，尚未说明或处理：${s.problems.join('；')}`];
    case 'archive':
    case 'not-found':
      return s.credential.archiveStatement ? [] : [`${name}需档案审查，尚未取得《个人学历、学位信息审查情况材料》`];
    default:
      return [];
  }
}

/** One applicant's plan. `records` may hold anyone's: only this applicant's newest per credential count. */
export function planApplicant(applicant: Applicant, records: readonly VerificationRecord[], settings?: Pick<Settings, 'titleNames'>): ApplicantPlan {
  const latest = latestRecords(records.filter((r) => r.applicantId === applicant.id));
  const credentials = applicant.credentials.map((c) => credentialStatus(applicant, c, latest.get(recordKey(applicant.id, c.id))));
  const way = titleWay(applicant);
  const title = titleName(applicant, settings);
  const blockers = credentials.flatMap(blockersOf);
  if (!title) blockers.push('未填写申报资格名称（如高级工程师），系列和级别也无法确定');

  const forms: PlannedForm[] = [{ form: WAY_FORMS[way], reason: `取得方式为${way}` }];
  for (const s of credentials) {
    if (s.route.route !== 'archive-review') {
      forms.push({ form: 'verification', credentialId: s.credential.id, reason: `${credentialName(s.credential)}${s.route.reason}` });
    }
  }
  const archived = credentials.filter((s) => s.route.route === 'archive-review');
  if (archived.length) {
    forms.push({ form: 'archive-review', reason: archived.map((s) => `${credentialName(s.credential)}：${s.route.reason}`).join('；') });
  }
  forms.push({ form: 'commitment-personal', reason: '每位申报人' });
  const unit: PlannedForm = { form: 'commitment-unit', reason: '学历学位已全部查验或审查' };
  const withheld: PlannedForm[] = [];
  if (blockers.length) withheld.push({ form: 'commitment-unit', reason: `材料尚未齐全，单位不能承诺：${blockers.join('；')}` });
  else forms.push(unit);
  return { applicant, way, titleName: title, credentials, forms, withheld, blockers, voteProblems: voteProblems(applicant) };
}

/** Applicants who go before the committee (评审): its 公示, statistics and vote. */
export const committeeApplicants = <A extends Pick<Applicant, 'way' | 'series' | 'level'>>(applicants: readonly A[]): A[] =>
  applicants.filter((a) => titleWay(a) === '评审');
