// `zhicheng demo`: the whole job on the built-in sample data, offline: the sample roster written and checked, the
// sample saved report pages read and matched by the extension's own capture code, every form, the committee export,
// and the export verified. Each step is the real command or function, so the demo proves what users run.
import { mkdir, readFile, readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { Backup, OUTCOME_LABELS, SCHEMA_VERSION, Settings, type Applicant, type Outcome, type PageKind, type VerificationRecord } from '../../../shared/model';
import { exportRosterXlsx } from '../../../shared/roster';
import { CREDENTIAL_STATE_LABELS, credentialName, findCredential, matchPage, planApplicant } from '../../../shared/rules';
import { SAMPLE_APPLICANTS } from '../../../shared/sample/applicants';
import { SAMPLE_SITES_DIR, type SamplePage } from '../../../shared/sample/sites';
import { isSiteUrl } from '../../../shared/sites';
import { PAGE_KIND_LABELS, canonicalReportUrl, captureMessage, handleCapture, readPage, type PageVerdict } from '../../../extension/public-entry';
import { InputError, type Command, type CommandContext } from '../command';
import { fileProblem, readRoster } from '../input';
import { writeError, writeFileSafely } from '../safe-write';
import { checkApplicants, describeChecks } from './check';
import { exportCommand } from './export';
import { formsCommand } from './forms';
import { parseSavedPage } from './read-page';
import { verifyExportCommand } from './verify-export';

const DEMO_ID = 'zhicheng-demo';
const ROSTER_NAME = '示例名册.xlsx';
/** A meeting date for the sample deadlines: every deadline (up to 20 working days on) falls in a year the calendar knows. */
const MEETING = '2026-11-13';
/** No office-wide 查验单位: each sheet names the applicant's own employer. */
const SETTINGS = Settings.parse({ checker: '李查验', publicityContact: '024-0000000（示例）' });
/** What the demo's clerk writes for the deliberate 专业 mismatch among the sample pages. */
const EXPLANATION = '专业名称含培养方向，与毕业证书一致（示例说明）';

const VERDICT_LABELS: Record<PageVerdict, string> = {
  recorded: '已记录',
  duplicate: '重复页面',
  unmatched: '名册中无此证书',
  'not-recorded': '未关联申报人',
  refused: '拒绝读取',
  'not-a-result': '不是查验结果',
  failed: '记录失败',
};

interface PageResult {
  file: string;
  url: string;
  kind: PageKind;
  verdict: PageVerdict;
  applicant: string | null;
  outcome: Outcome | null;
  problems: string[];
}

/** Each sample page through the readers and the background's capture handler, as if the user had opened it. */
async function capturePages(applicants: Applicant[]): Promise<{ pages: PageResult[]; records: VerificationRecord[] }> {
  const index = JSON.parse(await readFile(new URL('index.json', SAMPLE_SITES_DIR), 'utf8')) as { fixtures: SamplePage[] };
  const records: VerificationRecord[] = [];
  const store = { listApplicants: async () => applicants, listRecords: async () => records, putRecord: async (r: VerificationRecord) => records.push(r) };
  const pages: PageResult[] = [];
  let n = 0;
  for (const { file, url } of index.fixtures) {
    if (!isSiteUrl(url)) continue;
    const doc = parseSavedPage(await readFile(new URL(file, SAMPLE_SITES_DIR)));
    const read = readPage(doc, url);
    const message = captureMessage(doc, url, read);
    const sender = { id: DEMO_ID, url, origin: new URL(url).origin, frameId: 0, tab: { id: 1 } };
    const result = await handleCapture(message, sender, {
      ownId: DEMO_ID,
      requireOrigin: true,
      store,
      rules: { findCredential, matchPage },
      canonicalUrl: canonicalReportUrl,
      now: () => new Date(Date.UTC(2026, 9, 12, 1, 30 + n)),
      newId: () => `demo-${++n}`,
    });
    const state = result.accepted ? result.state : null;
    const record = state?.recordId ? records.find((r) => r.id === state.recordId) : undefined;
    pages.push({
      file,
      url,
      kind: read.kind,
      verdict: state?.verdict ?? 'refused',
      applicant: applicants.find((a) => a.id === state?.applicantId)?.name ?? null,
      outcome: state?.outcome ?? null,
      problems: record?.comparison.filter((c) => c.status !== 'match').map((c) => c.reason ?? c.label) ?? [],
    });
  }
  return { pages, records };
}

/** Whether `dir` can take the demo: absent (it is created) or an empty folder. */
async function usable(dir: string): Promise<boolean> {
  const entries = await readdir(dir).catch((e: NodeJS.ErrnoException): string[] | null => {
    if (e.code === 'ENOENT') return null;
    throw new InputError(`${dir} 不能用作演示目录（${e.code === 'ENOTDIR' ? '这是一个文件' : fileProblem(e)}），未改动。请用 --out 指定一个新目录。`);
  });
  return entries === null || entries.length === 0;
}

/**
 * The folder the demo writes into: one it creates or an empty one, never a folder with anything in it (the demo
 * deletes nothing). Without --out, the first of zhicheng-demo, zhicheng-demo-2, … that is free.
 */
async function demoFolder(asked: string | null): Promise<string> {
  if (asked && !(await usable(asked))) throw new InputError(`${asked} 不是空文件夹，未改动。演示只写入新建的或空的文件夹；请用 --out 指定一个新目录。`);
  let dir = asked ?? resolve(DEMO_ID);
  for (let i = 2; !asked && !(await usable(dir)); i++) dir = resolve(`${DEMO_ID}-${i}`);
  await mkdir(dir, { recursive: true }).catch((e) => {
    throw writeError(dir, e);
  });
  return dir;
}

/** Runs another command with its `--json` output captured (parsed) instead of printed. */
async function runJson(cmd: Command, values: CommandContext['values'], positionals: string[] = []): Promise<{ code: number; out: unknown }> {
  let text = '';
  const code = await cmd.run({ positionals, values, json: true, stdout: (t) => (text += t), stderr: () => {} });
  return { code, out: JSON.parse(text) };
}

export const demoCommand: Command = {
  name: 'demo',
  noPositionals: true,
  summary: '用内置示例数据演示全部工作：名册检查、读取示例查验页面、生成全部表格、导出并核对评审材料（不联网）',
  usage: '[--out <目录，默认 zhicheng-demo>] [--json]',
  options: { out: { type: 'string' } },
  async run(ctx) {
    const out = await demoFolder(typeof ctx.values.out === 'string' ? resolve(ctx.values.out) : null);
    const say = (t: string) => ctx.json || ctx.stdout(t);
    const rosterFile = join(out, ROSTER_NAME);
    await writeFileSafely(rosterFile, await exportRosterXlsx(SAMPLE_APPLICANTS), { overwrite: false });
    const roster = await readRoster(rosterFile);
    const checks = checkApplicants(roster.applicants);
    say(`一、名册检查（${relative(process.cwd(), rosterFile)}，${roster.applicants.length}人）\n${describeChecks(checks, roster.errors)}\n`);

    const { pages, records } = await capturePages(roster.applicants);
    say('二、读取示例查验页面（与浏览器扩展相同的读取和比对规则）');
    for (const p of pages) {
      const who = p.applicant ? `${p.applicant}：${p.outcome ? OUTCOME_LABELS[p.outcome] : ''}` : '';
      say(`  ${p.file}\t${PAGE_KIND_LABELS[p.kind]}\t${VERDICT_LABELS[p.verdict]}\t${who}`);
      for (const x of p.problems) say(`      ${x}`);
    }
    // The clerk explains each 专业 mismatch in writing (as the panel lets them), so the sheet prints the 说明.
    for (const r of records) {
      const majors = r.comparison.filter((c) => c.status === 'mismatch' && c.key === 'major');
      if (majors.length && majors.length === r.comparison.filter((c) => c.status === 'mismatch' || c.status === 'missing').length) {
        r.resolution = { action: 'explained', note: EXPLANATION, fields: ['major'], at: new Date(Date.parse(r.capturedAt) + 600_000).toISOString() };
        say(`  查验人为${roster.applicants.find((a) => a.id === r.applicantId)?.name ?? ''}的专业不一致写了说明：${EXPLANATION}`);
      }
    }
    say('\n  各申报人的取得方式、表格和材料情况：');
    const plans = roster.applicants.map((a) => {
      const p = planApplicant(a, records, SETTINGS);
      const states = p.credentials.map((s) => `${credentialName(s.credential)}${CREDENTIAL_STATE_LABELS[s.state]}`);
      say(`  ${a.name}（${p.way}，${p.titleName || '未定资格名称'}）：${states.join('，') || '无学历学位'}${p.blockers.length ? `；未齐全：${p.blockers.join('；')}` : '；材料齐全'}`);
      return { name: a.name, way: p.way, titleName: p.titleName, states, forms: p.forms.map((f) => f.form), blockers: p.blockers };
    });
    const backupFile = join(out, '查验记录备份.json');
    const backup = Backup.parse({ schemaVersion: SCHEMA_VERSION, app: 'zhicheng-desk', exportedAt: new Date().toISOString(), applicants: roster.applicants, records, settings: SETTINGS });
    await writeFileSafely(backupFile, new TextEncoder().encode(JSON.stringify(backup, null, 2)), { overwrite: false });
    say(`  共${records.length}条查验记录，已保存到 ${relative(process.cwd(), backupFile)}\n`);

    const formsDir = join(out, '表格');
    const forms = await runJson(formsCommand, { form: 'all', data: backupFile, out: formsDir, meeting: MEETING });
    const formFiles = (forms.out as { files: unknown[] }).files.length;
    say(`三、生成表格：${formFiles}个文件（PDF 和 DOCX），在 ${relative(process.cwd(), formsDir)}/\n`);

    const zip = join(out, '评审材料.zip');
    // Some sample dossiers are incomplete on purpose: the export says which, and the checklist lists them.
    const exported = await runJson(exportCommand, { roster: rosterFile, records: backupFile, meeting: MEETING, out: zip, 'allow-incomplete': true });
    const verified = await runJson(verifyExportCommand, {}, [zip]);
    const e = exported.out as { files: number; bytes: number; deadlines: { label: string; date: string }[]; blocked: { name: string }[] };
    const v = verified.out as { ok: boolean; verified: number };
    say(`四、评审委员会导出：${relative(process.cwd(), zip)}，${e.files}个文件（含清单 manifest.json），${(e.bytes / 1048576).toFixed(1)} MB`);
    for (const d of e.deadlines) say(`  ${d.label}：最迟 ${d.date}`);
    say(`  材料未齐全的${e.blocked.length}人（见 材料核对清单，单位诚信承诺书未生成）：${e.blocked.map((b) => b.name).join('、')}`);
    say(`  核对：${v.ok ? `通过，清单所列${v.verified}个文件的 SHA-256 均一致` : '未通过'}`);

    const ok = forms.code === 0 && exported.code === 0 && verified.code === 0;
    if (ctx.json) {
      ctx.stdout(JSON.stringify({ ok, out, roster: rosterFile, credentials: checks, pages, records: records.length, plans, forms: forms.out, export: exported.out, verify: verified.out }, null, 2));
    }
    return ok ? 0 : 1;
  },
};
