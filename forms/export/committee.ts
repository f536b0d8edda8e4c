// The committee export: every applicant's dossier, the roster, 公示名单, the statistics table and the deadlines, with a
// manifest — one ZIP, streamed. Shared by `zhicheng export` and the static page (no node:* here).
import { exportRosterXlsx } from '../../shared/roster';
import { deadlines, planApplicant } from '../../shared/rules';
import type { FormId } from '../definitions/form';
import { writeArchive, type ArchiveMeta } from './archive';
import { DEADLINES_FILE, deadlinesText } from './deadlines-text';
import { FORM_FORMATS, TABLE_FORMS, committeeJobs, dossierJobs, type CommitteeInfo, type FormFormat, type FormJob } from './dossier';
import { applicantFolder } from './file-names';
import { APP_ID, type Manifest } from './manifest';
import type { ExportData } from './merge';
import { MAX_ZIP_ENTRIES } from './zip-writer';
import { SCHEMA_VERSION } from '../../shared/model';
import { fillFor } from '../template/index';
import type { PreparedTemplate } from '../template/open';

/**
 * A rendered form's bytes; a PDF renderer also says which characters no font had (printed as 〓) and what the clerk
 * must know before printing it (`warnings`, Chinese: those characters, content cut off).
 */
export type RenderedForm = Uint8Array & { missingGlyphs?: readonly string[]; warnings?: readonly string[] };

/**
 * Renders one form in each of `formats` (in that order), building its document once; the CLI passes a pool of Node
 * renderers, the page's worker the browser one.
 */
export type FormRenderer = (formId: FormId, data: unknown, formats: readonly FormFormat[]) => Promise<RenderedForm[]>;

/** A file of the export in which characters print as 〓: the user must write them in by hand, or fix the data. */
export interface MissingGlyphs {
  path: string;
  chars: readonly string[];
}

export interface CommitteeExportInput extends ExportData, CommitteeInfo {
  /** ISO date-time stamped in the manifest and on every entry; default now. */
  createdAt?: string;
  /** The office's own Word templates, by form: used instead of our layout of that form in every dossier. */
  templates?: Partial<Record<FormId, PreparedTemplate>>;
}

export interface ExportProgress {
  /** Files finished. */
  done: number;
  /** Files in the export, manifest.json included. */
  total: number;
  /** The file just finished. */
  path: string;
}

export interface ExportOptions {
  render: FormRenderer;
  signal?: AbortSignal;
  onProgress?: (p: ExportProgress) => void;
  /** Called for each file with characters no font has. */
  onMissingGlyphs?: (m: MissingGlyphs) => void;
  /** Default both PDF and DOCX. */
  formats?: readonly FormFormat[];
  /**
   * Files made ahead of the one being written (default 1: one at a time). A renderer that runs in parallel (a worker
   * pool) needs a few in flight; memory grows with this number, not with the number of applicants.
   */
  ahead?: number;
}

export const ROSTER_FILE = '申报人员名单.xlsx';

/** A file of the export, made only when the archive asks for it. */
export interface PlannedFile {
  path: string;
  make(): Promise<Uint8Array>;
}

export interface ExportPlan {
  meta: ArchiveMeta;
  files: PlannedFile[];
}

/** An applicant whose dossier is not complete, and why (the 材料核对清单 lists the same). */
export interface BlockedApplicant {
  applicantId: string;
  name: string;
  reasons: string[];
}

/** Whose dossier is blocked, and any vote that contradicts its result (an error, never overridden). */
export function exportReadiness(input: Pick<CommitteeExportInput, 'applicants' | 'records' | 'settings'>): { blocked: BlockedApplicant[]; voteProblems: string[] } {
  const plans = input.applicants.map((a) => planApplicant(a, input.records, input.settings));
  return {
    blocked: plans.filter((p) => p.blockers.length).map((p) => ({ applicantId: p.applicant.id, name: p.applicant.name, reasons: p.blockers })),
    voteProblems: plans.flatMap((p) => p.voteProblems),
  };
}

/**
 * Everything the export will hold, before any of it is made. Throws (Chinese message) when the meeting's deadlines
 * fall in a year without a holiday schedule, before a single byte is written.
 */
export function planExport(input: CommitteeExportInput, opts: Pick<ExportOptions, 'render' | 'formats'>): ExportPlan {
  const createdAt = input.createdAt ?? new Date().toISOString();
  const formats = opts.formats ?? FORM_FORMATS;
  const { applicants, records, settings } = input;
  const committee = input.committee || settings.committee;
  const list = input.meeting ? deadlines(input.meeting, settings.extraHolidayYears) : [];
  const templates = Object.entries(input.templates ?? {}) as [FormId, PreparedTemplate][];
  const source = { applicants, records, settings, ...(input.meeting ? { meeting: { date: input.meeting } } : {}) };
  const meta: ArchiveMeta = {
    schemaVersion: SCHEMA_VERSION,
    app: APP_ID,
    createdAt,
    ...(input.meeting ? { meeting: input.meeting } : {}),
    deadlines: list,
    ...(templates.length ? { templates: templates.map(([form, t]) => ({ form, file: t.fileName, sha256: t.sha256 })) } : {}),
  };

  const files: PlannedFile[] = [];
  const formFiles = (dir: string, job: FormJob, fmts: readonly FormFormat[]) => {
    const template = input.templates?.[job.formId];
    // The office's file replaces our layout: one Word file, filled for the applicant (and, per credential, that one).
    if (template && job.applicant) {
      const { applicant, credentialId } = job;
      files.push({ path: `${dir}${job.name}.docx`, make: async () => fillFor(template, source, applicant, credentialId) });
      return;
    }
    // One render for all the job's formats, asked for by its first file; the last to take its bytes lets go of them.
    let rendering: Promise<RenderedForm[]> | undefined;
    let untaken = fmts.length;
    fmts.forEach((f, i) =>
      files.push({
        path: `${dir}${job.name}.${f}`,
        make: async () => {
          const all = (rendering ??= opts.render(job.formId, job.data, fmts));
          if (--untaken === 0) rendering = undefined;
          return (await all)[i]!;
        },
      }),
    );
  };
  files.push({ path: ROSTER_FILE, make: () => exportRosterXlsx(applicants) });
  // Without a meeting date the 评审年度 is the export's own year, in China's time (UTC+8).
  const year = input.meeting ? undefined : new Date(Date.parse(createdAt) + 8 * 3600_000).getUTCFullYear();
  for (const job of committeeJobs(applicants, records, settings, { ...(input.meeting ? { meeting: input.meeting } : {}), committee, ...(year ? { year } : {}) })) {
    formFiles('', job, TABLE_FORMS.includes(job.formId) ? ['pdf', 'xlsx'] : formats);
  }
  if (input.meeting) {
    const meeting = input.meeting;
    files.push({ path: DEADLINES_FILE, make: async () => deadlinesText(meeting, list) });
  }
  applicants.forEach((a, i) => {
    const dir = `${applicantFolder(i, applicants.length, a.name, a.idNumber)}/`;
    for (const job of dossierJobs(a, records, settings)) formFiles(dir, job, formats);
  });
  return { meta, files };
}

/** An export that would hold more files than a ZIP can (65,535 without ZIP64): refused before anything is made. */
export class ExportTooLargeError extends Error {
  override name = 'ExportTooLargeError';
  constructor(readonly files: number, readonly applicants: number) {
    super(
      `导出将包含 ${files} 个文件（${applicants} 名申报人），超过 ZIP 压缩包最多 ${MAX_ZIP_ENTRIES} 个文件的上限，未导出。` +
        `请把名册分成几份（每份约 ${Math.floor((applicants * (MAX_ZIP_ENTRIES - 1)) / files)} 人以内）分别导出。`,
    );
  }
}

/**
 * The export as ZIP bytes, chunk by chunk; returns the manifest when done. Each file is made when the consumer asks
 * for more, so a consumer that writes chunks away holds one file at a time. Aborting stops between files.
 */
export async function* exportCommittee(input: CommitteeExportInput, opts: ExportOptions): AsyncGenerator<Uint8Array, Manifest, undefined> {
  const { meta, files } = planExport(input, opts);
  const total = files.length + 1;
  if (total > MAX_ZIP_ENTRIES) throw new ExportTooLargeError(total, input.applicants.length);
  const ahead = Math.max(1, opts.ahead ?? 1);
  const signal = opts.signal;
  let done = 0;
  async function* made() {
    // A window of files in flight, taken in order: the archive still gets them one by one, in plan order.
    const inFlight: Promise<Uint8Array>[] = [];
    let next = 0;
    try {
      while (done < files.length) {
        while (inFlight.length < ahead && next < files.length) {
          const f = files[next++]!;
          const p = Promise.resolve().then(() => f.make());
          p.catch(() => {}); // awaited below; this only keeps an early failure from counting as unhandled
          inFlight.push(p);
        }
        signal?.throwIfAborted();
        const bytes: RenderedForm = await inFlight.shift()!;
        const path = files[done]!.path;
        if (bytes.missingGlyphs?.length) opts.onMissingGlyphs?.({ path, chars: bytes.missingGlyphs });
        yield { path, bytes };
        // Counted outside the optional call: without a listener `?.` skips its argument, and the count with it.
        done++;
        opts.onProgress?.({ done, total, path });
      }
    } finally {
      inFlight.length = 0;
    }
  }
  const manifest = yield* writeArchive(made(), meta, signal);
  opts.onProgress?.({ done: total, total, path: 'manifest.json' });
  return manifest;
}
