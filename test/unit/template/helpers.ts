import { Settings } from '../../../shared/model';
import { SAMPLE_APPLICANTS } from '../../../shared/sample/applicants';
import { SAMPLE_RECORDS } from '../../../shared/sample/records';
import type { TemplateSource } from '../../../forms/template/index';

export const SAMPLE_SOURCE: TemplateSource = { applicants: SAMPLE_APPLICANTS, records: SAMPLE_RECORDS, settings: Settings.parse({}) };
export const applicant = (id: string) => SAMPLE_APPLICANTS.find((a) => a.id === id)!;
