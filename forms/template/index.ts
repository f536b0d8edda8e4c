// An office's own Word template filled with our data: open it safely, check its names, fill it per applicant.
import type { Applicant, Settings, VerificationRecord } from '../../shared/model';
import { SAMPLE_APPLICANTS } from '../../shared/sample/applicants';
import { SAMPLE_RECORDS } from '../../shared/sample/records';
import { Settings as SettingsSchema } from '../../shared/model';
import type { Meeting } from '../definitions/form';
import { checkTemplate, type TemplateCheck } from './check';
import { fillTemplate } from './docx';
import { applicantContext, templateData } from './fields';
import type { PreparedTemplate } from './open';

export { TemplateError, openTemplate, type PreparedTemplate } from './open';
export { checkTemplate, type TemplateCheck, type PlaceholderReport, type BlankReport } from './check';
export { fieldRows, fieldsMarkdown, type FieldRow } from './table';

/** What a template is filled from: the same inputs as our forms. */
export interface TemplateSource {
  applicants: readonly Applicant[];
  records: readonly VerificationRecord[];
  settings: Settings;
  meeting?: Meeting;
}

const dataOf = (s: TemplateSource, applicant: Applicant, credentialId?: string) => templateData(applicantContext(applicant, s.records, s.settings, s.meeting), credentialId);

/** The template filled for one applicant (and one of their credentials, for a form made per credential). */
export const fillFor = (t: PreparedTemplate, s: TemplateSource, applicant: Applicant, credentialId?: string): Uint8Array =>
  fillTemplate(t, dataOf(s, applicant, credentialId));

/**
 * The check, with blanks worked out for these applicants (default: the sample data). `perCredential`: for a form made
 * once per credential, its values named at the top (blanks then from each applicant's first credential).
 */
export function checkFor(t: PreparedTemplate, s?: TemplateSource, perCredential = false): TemplateCheck {
  const source: TemplateSource = s ?? { applicants: SAMPLE_APPLICANTS, records: SAMPLE_RECORDS, settings: SettingsSchema.parse({}) };
  const people = source.applicants.map((applicant) => ({ applicant, data: dataOf(source, applicant, perCredential ? applicant.credentials[0]?.id : undefined) }));
  return checkTemplate(t, people, perCredential);
}

/** Names the template uses that no table has, as a warning for a fill (they print nothing), or null. */
export function unknownWarning(check: TemplateCheck, fileName: string): string | null {
  if (!check.unknown.length) return null;
  const names = [...new Set(check.unknown.map((u) => `{${u.name}}${u.suggestions.length ? `（是否应为${u.suggestions.map((s) => `{${s}}`).join('或')}）` : ''}`))];
  return `模板“${fileName}”中有${names.length}个未知字段，填写时留空：${names.join('、')}`;
}

/** The file name a filled copy takes: the template's own name without its extension. */
export const filledBaseName = (t: PreparedTemplate): string => t.fileName.replace(/^.*[\\/]/, '').replace(/\.(docx|dotx)$/i, '');
