// `zhicheng export`: the committee's ZIP from a roster (and a records backup), rendered on the render threads,
// written safely, with its cover and manifest.
import { missingGlyphsText } from '../../render/missing-glyphs';
import { isoDate } from '../../../shared/model';
import { xmlInvalidChar } from '../../../shared/text/xml';
import { PENDING_DATE, UnknownYearError } from '../../../shared/rules';
import { parseBackup } from '../../../shared/store/backup-file';
import { StoreError } from '../../../shared/store/errors';
import { InputError, UsageError, type Command } from '../command';
import { exists, readInput, rosterWithoutErrors } from '../input';
import { SafeFile, writeFileSafely } from '../safe-write';
import { coverPdf } from '../../export/cover';
import { manifestBytes } from '../../export/manifest';
import { sha256Hex } from '../../export/sha256';
import { basename } from 'node:path';
import { ExportTooLargeError, exportCommittee, exportReadiness, type ExportProgress, type MissingGlyphs } from '../../export/committee';
import { FORM_FORMATS, type FormFormat } from '../../export/dossier';
import { mergeRosterAndBackup } from '../../export/merge';
import { renderPool, type RenderPool } from '../../export/render-pool';
import { templateOptions } from '../export-templates';
import { SCHEDULE_HINT, withSchedule } from '../schedule';

/** The settings' own cap on a committee's name. */
const COMMITTEE_MAX = 100;

/** Chunks are gathered to about this size before each write. */
const WRITE_BATCH = 1 << 20;

/**
 * Files made ahead of the one being written, per render thread. The archive takes files in order, so a slow form at
 * the head (a long 评定表, the 公示名单 of every applicant) would leave the other threads idle with a short window;
 * the files in flight are a few MB at most.
 */
const AHEAD_PER_THREAD = 16;

/** `--formats`: which of PDF and DOCX each applicant's forms are made in (default both; tables always PDF and XLSX). */
function formFormats(value: unknown): FormFormat[] {
  if (value === undefined) return [...FORM_FORMATS];
  const list = typeof value === 'string' ? value.split(',').map((f) => f.trim().toLowerCase()) : [];
  if (!list.length || list.some((f) => !FORM_FORMATS.includes(f as FormFormat))) {
    throw new UsageError(`--formats 应为 pdf、docx 或 pdf,docx，实际为“${String(value)}”`);
  }
  return FORM_FORMATS.filter((f) => list.includes(f));
}


export const exportCommand: Command = {
  name: 'export',
  noPositionals: true,
  summary: '导出评审委员会材料（ZIP）：每人一个文件夹，另含名单、公示名单、统计表、工作时限和清单',
  usage: '--roster <名册.xlsx|.csv> [--records <备份.json>] [--meeting YYYY-MM-DD] [--committee <评委会名称>] [--template <表格编号>=<贵单位的模板.docx> …] [--formats pdf,docx] [--schedule <节假日安排.json>] --out <导出.zip> [--allow-incomplete] [--allow-missing-glyphs] [--force] [--json]',
  options: {
    roster: { type: 'string' },
    records: { type: 'string' },
    meeting: { type: 'string' },
    committee: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean' },
    'allow-incomplete': { type: 'boolean' },
    'allow-missing-glyphs': { type: 'boolean' },
    template: { type: 'string', multiple: true },
    formats: { type: 'string' },
    schedule: { type: 'string' },
  },
  async run(ctx) {
    const { roster, records, meeting, committee, out } = ctx.values;
    const formats = formFormats(ctx.values.formats);
    if (typeof roster !== 'string') throw new UsageError('请用 --roster 指定申报人员名册（.xlsx 或 .csv）');
    if (roster.toLowerCase().endsWith('.json')) throw new UsageError(`--roster 应为名册（.xlsx 或 .csv），“${roster}”是 JSON；查验记录备份请用 --records 指定`);
    if (typeof out !== 'string') throw new UsageError('请用 --out 指定导出的压缩包文件名（.zip）');
    if (!out.toLowerCase().endsWith('.zip')) throw new UsageError(`--out 应为 .zip 文件，实际为“${out}”`);
    if (meeting !== undefined && (typeof meeting !== 'string' || !isoDate.safeParse(meeting).success)) {
      throw new UsageError(`--meeting 应为评审会议日期，YYYY-MM-DD 格式的有效日期，实际为“${String(meeting)}”`);
    }
    if (typeof committee === 'string' && (committee.length > COMMITTEE_MAX || xmlInvalidChar(committee))) {
      throw new UsageError(`--committee 应为评审委员会名称，不超过${COMMITTEE_MAX}个字，且不含控制字符`);
    }
    // The one-page 导出封面 to sign and stamp, beside the ZIP.
    const cover = out.replace(/\.zip$/i, '-导出封面.pdf');
    for (const f of [out, cover]) {
      if (ctx.values.force !== true && (await exists(f))) throw new InputError(`${f} 已存在，未覆盖。请换一个文件名，或加 --force 覆盖。`);
    }

    const templates = await templateOptions(ctx.values.template);
    const imported = await rosterWithoutErrors(roster, '未导出');

    let backup = null;
    if (typeof records === 'string') {
      try {
        backup = parseBackup(new TextDecoder().decode(await readInput(records, '查验记录备份')));
      } catch (e) {
        if (e instanceof StoreError) throw new InputError(`查验记录 ${records}：${e.message}`);
        throw e;
      }
    }
    const merged = mergeRosterAndBackup(imported.applicants, backup);
    const data = { ...merged, settings: await withSchedule(merged.settings, ctx.values.schedule) };
    const { blocked, voteProblems } = exportReadiness(data);
    if (voteProblems.length) throw new InputError(`表决情况与评审结果不一致，未导出：\n${voteProblems.map((p) => `  ${p}`).join('\n')}`);
    if (blocked.length && ctx.values['allow-incomplete'] !== true) {
      if (ctx.json) ctx.stdout(JSON.stringify({ ok: false, out, blocked, message: '材料尚未齐全，未导出' }));
      else {
        ctx.stderr(`${blocked.length}名申报人的材料尚未齐全，未导出（办结后重新导出，或加 --allow-incomplete 导出现有材料，清单中会列明）：`);
        for (const b of blocked) ctx.stderr(`  ${b.name}：${b.reasons.join('；')}`);
      }
      return 1;
    }
    const createdAt = new Date().toISOString();

    const missingGlyphs: MissingGlyphs[] = [];
    const allowMissing = ctx.values['allow-missing-glyphs'] === true;
    const file = await SafeFile.create(out, { overwrite: ctx.values.force === true });
    let manifest;
    const progress = (p: ExportProgress) => {
      if (!ctx.json && process.stderr.isTTY) process.stderr.write(`\r正在导出：${p.done}/${p.total} 个文件`);
    };
    let pool: RenderPool | undefined;
    try {
      // Forms render on one thread per core; a few files in flight per thread keep them all busy.
      pool = await renderPool({ date: new Date(createdAt) });
      const gen = exportCommittee(
        { ...data, createdAt, ...(meeting ? { meeting } : {}), ...(typeof committee === 'string' ? { committee } : {}), ...(templates ? { templates: templates.byForm } : {}) },
        { render: pool.render, formats, onProgress: progress, ahead: pool.size * AHEAD_PER_THREAD, onMissingGlyphs: (m) => missingGlyphs.push(m) },
      );
      let batch: Uint8Array[] = [];
      let batchSize = 0;
      const flush = async () => {
        if (!batchSize) return;
        await file.write(Buffer.concat(batch, batchSize));
        batch = [];
        batchSize = 0;
      };
      for (let r = await gen.next(); ; r = await gen.next()) {
        if (r.done) {
          manifest = r.value;
          break;
        }
        batch.push(r.value);
        batchSize += r.value.length;
        if (batchSize >= WRITE_BATCH) await flush();
      }
      await flush();
      // A form printing 〓 for a name is not one to hand in: no export unless the user says they will write it in.
      if (missingGlyphs.length && !allowMissing) await file.abort();
      else await file.commit();
    } catch (e) {
      await file.abort();
      if (e instanceof UnknownYearError || e instanceof ExportTooLargeError) throw new InputError(e.message);
      throw e;
    } finally {
      await pool?.close();
      if (!ctx.json && process.stderr.isTTY) process.stderr.write('\n');
    }
    const bytes = file.bytes;
    const manifestSha256 = await sha256Hex(manifestBytes(manifest));
    const glyphs = missingGlyphs.map((m) => ({ applicant: m.path.includes('/') ? m.path.slice(0, m.path.indexOf('/')) : null, path: m.path, chars: m.chars }));
    const glyphWarnings = glyphs.map((g) => `${g.path}：${missingGlyphsText(g.chars)}`);
    if (missingGlyphs.length && !allowMissing) {
      const head = `有 ${glyphs.length} 个文件中的字符没有可用字体（会印为〓），未导出。请改正名册中的这些字，或在打印后手工填写并加 --allow-missing-glyphs 导出：`;
      if (ctx.json) ctx.stdout(JSON.stringify({ ok: false, out, missingGlyphs: glyphs, warnings: [...imported.warnings, ...glyphWarnings] }));
      else for (const line of [head, ...glyphWarnings.map((w) => `  ${w}`)]) ctx.stderr(line);
      return 1;
    }

    await writeFileSafely(
      cover,
      await coverPdf({
        zipName: basename(out),
        manifestSha256,
        files: manifest.files.length + 1,
        applicants: data.applicants.map((a) => a.name),
        committee: typeof committee === 'string' ? committee : data.settings.committee,
        createdAt,
        ...(meeting ? { meeting } : {}),
      }),
      { overwrite: ctx.values.force === true },
    );

    const summary = {
      ok: true,
      out,
      cover,
      manifestSha256,
      applicants: data.applicants.length,
      records: data.records.length,
      unmatchedRecords: data.unmatchedRecords,
      files: manifest.files.length + 1,
      bytes,
      createdAt,
      formats,
      meeting: manifest.meeting ?? null,
      deadlines: manifest.deadlines,
      ...(manifest.templates ? { templates: manifest.templates } : {}),
      warnings: [...imported.warnings, ...(templates?.warnings ?? []), ...glyphWarnings],
      blocked,
      missingGlyphs: glyphs,
    };
    if (ctx.json) ctx.stdout(JSON.stringify(summary));
    else {
      ctx.stdout(`已导出 ${out}：${summary.applicants} 名申报人，${summary.files} 个文件（含清单 manifest.json），${(bytes / 1048576).toFixed(1)} MB。`);
      if (data.unmatchedRecords) ctx.stdout(`注意：备份中有 ${data.unmatchedRecords} 条查验记录对应的申报人或证书不在名册中，未使用。`);
      for (const w of [...imported.warnings, ...(templates?.warnings ?? []), ...glyphWarnings]) ctx.stdout(`提示：${w}`);
      if (blocked.length) ctx.stdout(`注意：${blocked.length}名申报人的材料尚未齐全（见 材料核对清单），其单位诚信承诺书未生成：${blocked.map((b) => b.name).join('、')}`);
      for (const d of manifest.deadlines) ctx.stdout(`  ${d.label}：${d.date ? `最迟 ${d.date}` : `${PENDING_DATE}（${d.pending ?? ''}）`}（${d.rule}）`);
      if (manifest.deadlines.some((d) => !d.date)) ctx.stdout(`  （${SCHEDULE_HINT}，重新导出）`);
      if (!meeting) ctx.stdout('未给出 --meeting（评审会议日期），未计算工作时限。');
      ctx.stdout(`导出封面：${cover}（请打印、签字盖章后随材料报送；其上印有清单的 SHA-256：${manifestSha256}）`);
      ctx.stdout(`可用 zhicheng verify-export ${out} 核对文件完整性。`);
    }
    return 0;
  },
};
