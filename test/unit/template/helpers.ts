import { Settings } from '../../../shared/model';
import { SAMPLE_APPLICANTS } from '../../../shared/sample/applicants';
import { SAMPLE_RECORDS } from '../../../shared/sample/records';
import type { TemplateSource } from '../../../forms/template/index';

export const SAMPLE_SOURCE: TemplateSource = { applicants: SAMPLE_APPLICANTS, records: SAMPLE_RECORDS, settings: Settings.parse({}) };
export const applicant = (id: string) => SAMPLE_APPLICANTS.find((a) => a.id === id)!;

/** The text of a filled DOCX's body, tags stripped (runs joined). */
export async function bodyText(docx: Uint8Array): Promise<string> {
  const { unzipSync, strFromU8 } = await import('fflate');
  const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:br\/>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
