// The 学历／学位在线查验结果单 of one credential, rendered in the panel from its latest record: the same definition and
// renderer as the CLI and the generator page, with the fonts and the HarfBuzz subsetter from the extension package.
import { documentName, formById, jobsFor } from '../../forms/definitions';
import { safeName } from '../../forms/export/file-names';
import type { Applicant, Credential, Settings, VerificationRecord } from '../../shared/model';

export interface SheetFile {
  bytes: Uint8Array;
  fileName: string;
}

export async function verificationSheet(
  applicant: Applicant,
  credential: Credential,
  records: readonly VerificationRecord[],
  settings: Settings,
): Promise<SheetFile> {
  const job = jobsFor(formById('verification')!, { applicants: [applicant], records: [...records], settings }).find(
    (j) => j.credential?.id === credential.id,
  );
  if (!job) throw new Error(`no verification sheet for credential ${credential.id}`);
  // pdf-lib and the font code load only when a sheet is asked for, not with the panel.
  const { renderPdf } = await import('../../forms/render');
  const bytes = await renderPdf('verification', job.data);
  return { bytes, fileName: `${safeName(`${applicant.name}-${documentName('verification', job.data)}`)}.pdf` };
}

let warming: Promise<void> | undefined;

/**
 * Loads the renderer, the fonts and the subsetter once a report has been read, so the sheet is ready when asked for
 * (the first sheet of a session otherwise waits for the 15 MB font). Failures are left for the real render to report.
 */
export function warmSheetEngine(): Promise<void> {
  warming ??= (async () => {
    const [{ defaultFontLoader }, { fontSetFor }] = await Promise.all([import('../../forms/render'), import('../../forms/fonts/fontset')]);
    await fontSetFor(await defaultFontLoader());
  })().catch((e: unknown) => {
    console.warn('[zhicheng] warm-up', e);
    warming = undefined;
  });
  return warming;
}
