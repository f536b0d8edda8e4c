// The 学历／学位在线查验结果单 of one credential, rendered in the panel from its latest record: the same definition and
// renderer as the CLI and the generator page, on the engine the generator page shares (forms/web/shared-worker.ts),
// with the fonts from the extension package.
import { documentName, formById, jobsFor } from '../../forms/definitions';
import { safeName } from '../../forms/export/file-names';
import type { Applicant, Credential, Settings, VerificationRecord } from '../../shared/model';
import { sharedEngine } from './engine';

export interface SheetFile {
  bytes: Uint8Array;
  fileName: string;
  /** What the clerk must know before printing it (Chinese): a character printed as 〓, content cut off. */
  warnings: readonly string[];
}

export interface SheetInput {
  applicant: Applicant;
  credential: Credential;
  records: readonly VerificationRecord[];
  settings: Settings;
}

/** The sheet's form data, and a key that changes whenever anything printed on it would. */
function sheetJob({ applicant, credential, records, settings }: SheetInput) {
  const job = jobsFor(formById('verification')!, { applicants: [applicant], records: [...records], settings }).find(
    (j) => j.credential?.id === credential.id,
  );
  if (!job) throw new Error(`no verification sheet for credential ${credential.id}`);
  return { data: job.data, key: JSON.stringify(job.data) };
}

async function render(applicant: Applicant, data: ReturnType<typeof sheetJob>['data']): Promise<SheetFile> {
  const fileName = `${safeName(`${applicant.name}-${documentName('verification', data)}`)}.pdf`;
  const engine = sharedEngine();
  if (engine) {
    const { bytes, warnings } = await (await engine).renderForm('verification', data, 'pdf');
    return { bytes, fileName, warnings };
  }
  // No shared worker (Node in tests): the same renderer here. pdf-lib and the fonts load when a sheet is asked for.
  const { renderPdfWithLayout } = await import('../../forms/render');
  const { bytes, layout } = await renderPdfWithLayout('verification', data);
  return { bytes, fileName, warnings: layout.warningsZh };
}

/** The sheet made ahead of time for the report just read: used only if nothing it prints has changed since. */
let ready: { key: string; file: Promise<SheetFile> } | undefined;

export async function verificationSheet(input: SheetInput): Promise<SheetFile> {
  const { data, key } = sheetJob(input);
  if (ready?.key === key) {
    const file = await ready.file.catch(() => null);
    if (file) return file;
  }
  return render(input.applicant, data);
}

/**
 * Once a report is read, the sheet the clerk will most likely ask for next is made in the background. It is kept
 * only while its data is the same (a 说明, a setting or a corrected roster makes the next request render afresh).
 */
export function prepareSheet(input: SheetInput): Promise<void> {
  let job: ReturnType<typeof sheetJob>;
  try {
    job = sheetJob(input);
  } catch (e) {
    console.warn('[zhicheng] prepare sheet', e);
    return Promise.resolve();
  }
  if (ready?.key === job.key) return ready.file.then(() => undefined, () => undefined);
  const file = render(input.applicant, job.data);
  ready = { key: job.key, file };
  return file.then(
    () => undefined,
    (e: unknown) => console.warn('[zhicheng] prepare sheet', e), // the real request reports it
  );
}

let warming: Promise<void> | undefined;

/**
 * While the clerk is on the sites, before any report: loads the renderer, the fonts and the subsetter and renders one
 * sheet nobody asked for (the renderer's first run costs ten times a later one). Once per panel: the sheet for the
 * report that follows is then made in a fraction of the time the clerk takes to look at the card.
 */
export function warmSheetEngine(input: SheetInput | undefined): void {
  if (warming || !input) return;
  warming = prepareSheet(input);
}
