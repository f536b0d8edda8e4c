import { createHash } from 'node:crypto';
import { mkdir, stat } from 'node:fs/promises';
import { dirname, extname, join, relative } from 'node:path';
import { Settings, isoDate } from '../../../shared/model';
import { voteWarnings } from '../../../shared/rules';
import { personFolder, safeName } from '../../export/file-names';
import { FORMS, FormInputError, documentName, formById, jobsFor, skippedFor, sourceFromJson, type FormJob, type FormSource, type Meeting } from '../../definitions/index';
import * as render from '../../render/index';
import { InputError, UsageError, type Command, type CommandContext } from '../command';
import { exists, readJson, rosterWithoutErrors } from '../input';
import { writeError, writeFileSafely } from '../safe-write';
import { SCHEDULE_HINT, withSchedule } from '../schedule';
import { publicityDates } from '../../definitions/committee';


const INPUT_LABELS = { 'applicant-credential': '每项学历学位一份', applicant: '每位申报人一份', committee: '全体申报人一份' } as const;

export async function loadSource(file: string): Promise<FormSource> {
  const ext = extname(file).toLowerCase();
  if (ext === '.xlsx' || ext === '.csv') {
    return { applicants: (await rosterWithoutErrors(file, '未生成表格')).applicants, records: [], settings: Settings.parse({}) };
  }
  // Neither .xlsx nor .csv: JSON, a backup or an applicant.
  const json = await readJson(file, '数据文件');
  try {
    return sourceFromJson(json);
  } catch (e) {
    if (e instanceof FormInputError) throw new InputError(e.message);
    throw e;
  }
}

/** Every path first, so files already there are refused before anything is rendered or written. */
export async function refuseExisting(paths: readonly string[]): Promise<void> {
  const there: string[] = [];
  for (const p of paths) if (await exists(p)) there.push(p);
  if (!there.length) return;
  const shown = there.slice(0, 5).map((p) => `  ${p}`);
  if (there.length > 5) shown.push(`  另有${there.length - 5}个`);
  throw new InputError(`${there.length}个文件已存在，未覆盖，未生成表格。请换一个输出目录，或加 --force 覆盖：\n${shown.join('\n')}`);
}

/** `--meeting` and `--publicity-from`, checked; undefined when neither is given. */
export function meetingOption(v: CommandContext['values']): Meeting | undefined {
  for (const k of ['meeting', 'publicity-from'] as const) {
    const d = v[k];
    if (d !== undefined && (typeof d !== 'string' || !isoDate.safeParse(d).success)) throw new UsageError(`--${k} 应为YYYY-MM-DD格式的有效日期，实际为“${String(d)}”`);
  }
  if (typeof v.meeting !== 'string' && typeof v['publicity-from'] !== 'string') return undefined;
  return {
    ...(typeof v.meeting === 'string' ? { date: v.meeting } : {}),
    ...(typeof v['publicity-from'] === 'string' ? { publicityFrom: v['publicity-from'] } : {}),
  };
}

/**
 * The data of a `forms` run with its options applied (`--meeting`, `--publicity-from`, `--schedule`), and what is
 * wrong with it that the forms will show only as blanks: a vote its result contradicts, a 公示期 with no dates.
 */
export async function sourceWithOptions(v: CommandContext['values'], meeting: Meeting | undefined, printsPublicity: boolean): Promise<{ source: FormSource; warnings: string[] }> {
  const source = await loadSource(v.data as string);
  if (meeting) source.meeting = meeting;
  source.settings = await withSchedule(source.settings, v.schedule);
  const warnings = source.applicants.flatMap(voteWarnings);
  const dates = publicityDates(source);
  if (printsPublicity && 'blankBecause' in dates && dates.blankBecause) warnings.push(`公示期的起止日期留空，须手写：${dates.blankBecause}；${SCHEDULE_HINT}`);
  return { source, warnings };
}

/**
 * `<out>/<姓名>-<证件后4位>/<表名>[-后缀].<ext>`, or `<out>/<表名>.<ext>` for committee forms. Two people with the same
 * name and last four ID digits get folders of their own (`…-2`); no path is used twice in a run.
 */
export class Paths {
  private readonly taken = new Set<string>();
  private readonly folders = new Map<string, string>();
  private readonly owners = new Map<string, string>();

  private constructor(private readonly out: string) {}

  /** Paths under `out`, which is a folder or not there yet (made as files are written). */
  static async under(out: string): Promise<Paths> {
    const st = await stat(out).catch(() => null);
    if (st && !st.isDirectory()) throw new InputError(`--out 应为输出目录，而“${out}”是一个文件`);
    return new Paths(out);
  }

  private folderOf(applicant: NonNullable<FormJob['applicant']>): string {
    const known = this.folders.get(applicant.id);
    if (known) return known;
    const base = personFolder(applicant.name, applicant.idNumber);
    let name = base;
    for (let i = 2; this.owners.has(name); i++) name = `${base}-${i}`;
    this.owners.set(name, applicant.id);
    this.folders.set(applicant.id, name);
    return name;
  }

  for(job: FormJob, ext: string): string {
    return this.place(job.applicant, documentName(job.form.id, job.data), ext);
  }

  /** A file named `name` in the applicant's folder (or the top folder). */
  place(applicant: FormJob['applicant'], name: string, ext: string): string {
    const dir = applicant ? join(this.out, this.folderOf(applicant)) : this.out;
    const base = safeName(name);
    let p = join(dir, `${base}.${ext}`);
    for (let i = 2; this.taken.has(p); i++) p = join(dir, `${base}-${i}.${ext}`);
    this.taken.add(p);
    return p;
  }
}

export const formsCommand: Command = {
  name: 'forms',
  noPositionals: true,
  summary: '按每位申报人的表格计划生成表格（评定表或登记表、审核表，查验结果单、审查材料、承诺书，公示名单、统计表、核对清单）为PDF/DOCX；不加 --pdf/--docx 时两种都生成',
  usage: [
    '--list [--json]',
    '--template <贵单位的模板.docx> --data <申报人.json|备份.json|花名册.xlsx|.csv> --out <目录> [--pdf] [--meeting YYYY-MM-DD] [--publicity-from YYYY-MM-DD] [--schedule <节假日安排.json>] [--force] [--json]',
    '--form <表格编号|all> --data <申报人.json|备份.json|花名册.xlsx|.csv> --out <目录> [--pdf] [--docx] [--meeting YYYY-MM-DD] [--publicity-from YYYY-MM-DD] [--schedule <节假日安排.json>] [--force] [--json]',
  ].join('\n'),
  options: {
    list: { type: 'boolean' },
    form: { type: 'string' },
    data: { type: 'string' },
    out: { type: 'string' },
    pdf: { type: 'boolean' },
    docx: { type: 'boolean' },
    meeting: { type: 'string' },
    'publicity-from': { type: 'string' },
    force: { type: 'boolean' },
    template: { type: 'string' },
    schedule: { type: 'string' },
  },
  async run(ctx) {
    const v = ctx.values;
    if (v.template !== undefined) return (await import('./forms-template')).fillTemplates(ctx);
    if (v.list) {
      const list = FORMS.map((f) => ({ id: f.id, title: f.title, input: f.input }));
      const w = Math.max(...list.map((f) => f.id.length));
      ctx.stdout(ctx.json ? JSON.stringify(list, null, 2) : list.map((f) => `${f.id.padEnd(w)}  ${f.title}（${INPUT_LABELS[f.input]}）`).join('\n'));
      return 0;
    }
    if (typeof v.form !== 'string') throw new UsageError('请用 --form 指定表格编号（或 all），用 --list 查看全部表格');
    const forms = v.form === 'all' ? [...FORMS] : [formById(v.form)];
    if (!forms[0]) throw new UsageError(`没有编号为“${v.form}”的表格；可用的编号：${FORMS.map((f) => f.id).join('、')}`);
    if (typeof v.data !== 'string') throw new UsageError('请用 --data 指定数据文件（申报人JSON、备份JSON或花名册.xlsx/.csv）');
    if (typeof v.out !== 'string') throw new UsageError('请用 --out 指定输出目录');
    const meeting = meetingOption(v);
    const wantPdf = v.pdf === true || v.docx !== true;
    const wantDocx = v.docx === true || v.pdf !== true;

    const { source, warnings } = await sourceWithOptions(v, meeting, forms.some((f) => f!.id === 'publicity'));
    const files: { path: string; form: string; format: 'pdf' | 'docx'; size: number; sha256: string; applicantId?: string }[] = [];
    // With --form all, only what is withheld is news; asked for one form, say whom it does not apply to.
    for (const form of forms) for (const s of skippedFor(form!, source)) if (v.form !== 'all' || s.withheld) warnings.push(s.message);
    // Every path first, so files already there are refused before anything is rendered or written.
    const paths = await Paths.under(v.out);
    const planned = forms.flatMap((form) =>
      jobsFor(form!, source).flatMap((job) => [
        ...(wantPdf ? [{ job, ext: 'pdf' as const, path: paths.for(job, 'pdf') }] : []),
        ...(wantDocx ? [{ job, ext: 'docx' as const, path: paths.for(job, 'docx') }] : []),
      ]),
    );
    const overwrite = v.force === true;
    if (!overwrite) await refuseExisting(planned.map((p) => p.path));
    for (const { job, ext, path } of planned) {
      let bytes: Uint8Array;
      if (ext === 'pdf') {
        const r = await render.renderPdfWithLayout(job.form.id, job.data);
        for (const w of r.layout.warningsZh) warnings.push(`${job.form.title}${job.applicant ? `（${job.applicant.name}）` : ''}：${w}`);
        bytes = r.bytes;
      } else bytes = await render.renderDocx(job.form.id, job.data);
      await mkdir(dirname(path), { recursive: true }).catch((e) => {
        throw writeError(dirname(path), e);
      });
      await writeFileSafely(path, bytes, { overwrite });
      files.push({
        path,
        form: job.form.id,
        format: ext,
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        ...(job.applicant ? { applicantId: job.applicant.id } : {}),
      });
    }
    if (ctx.json) ctx.stdout(JSON.stringify({ files, warnings }, null, 2));
    else {
      for (const w of warnings) ctx.stderr(`注意：${w}`);
      ctx.stdout([...files.map((f) => `${relative(process.cwd(), f.path) || f.path}  ${(f.size / 1024).toFixed(1)} KB`), `共生成${files.length}个文件。`].join('\n'));
    }
    return 0;
  },
};
