// `zhicheng forms --template`: the office's own Word file filled once per applicant, in the applicant's folder, and
// converted to PDF through LibreOffice with --pdf.
import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { fillFor, filledBaseName } from '../../template/index';
import { InputError, UsageError, type CommandContext } from '../command';
import { writeError, writeFileSafely } from '../safe-write';
import { SOFFICE_NEEDED, docxToPdf, findSoffice } from '../soffice';
import { readTemplate, unknownNames } from '../template-input';
import { Paths, meetingOption, refuseExisting, sourceWithOptions } from './forms';

export async function fillTemplates(ctx: CommandContext): Promise<number> {
  const v = ctx.values;
  if (typeof v.template !== 'string' || !v.template) throw new UsageError('请用 --template 指定贵单位的 Word 模板（.docx）');
  if (v.form !== undefined) throw new UsageError('--template 与 --form 只能用一个：--template 用贵单位的模板，--form 用本工具的表格');
  if (v.docx === true && v.pdf !== true) throw new UsageError('--template 总是生成 Word 文件；要同时生成PDF请加 --pdf');
  if (typeof v.data !== 'string') throw new UsageError('请用 --data 指定数据文件（申报人JSON、备份JSON或花名册.xlsx/.csv）');
  if (typeof v.out !== 'string') throw new UsageError('请用 --out 指定输出目录');
  const meeting = meetingOption(v);
  const wantPdf = v.pdf === true;
  // Said before anything is read or written: without LibreOffice there is no PDF of the office's own file.
  const soffice = wantPdf ? await findSoffice() : null;
  if (wantPdf && !soffice) throw new InputError(SOFFICE_NEEDED);

  const template = await readTemplate(v.template);
  const { source, warnings: dataWarnings } = await sourceWithOptions(v, meeting, true);
  const warnings = [...template.warnings, ...dataWarnings];
  const unknown = unknownNames(template);
  if (unknown) warnings.push(unknown);

  const paths = await Paths.under(v.out);
  const base = filledBaseName(template);
  const planned = source.applicants.map((applicant) => ({ applicant, docx: paths.place(applicant, base, 'docx'), pdf: wantPdf ? paths.place(applicant, base, 'pdf') : null }));
  const overwrite = v.force === true;
  if (!overwrite) await refuseExisting(planned.flatMap((p) => (p.pdf ? [p.docx, p.pdf] : [p.docx])));

  const files: { path: string; form: string; format: 'pdf' | 'docx'; size: number; sha256: string; applicantId: string }[] = [];
  const write = async (path: string, bytes: Uint8Array, format: 'pdf' | 'docx', applicantId: string) => {
    await mkdir(dirname(path), { recursive: true }).catch((e) => {
      throw writeError(dirname(path), e);
    });
    await writeFileSafely(path, bytes, { overwrite });
    files.push({ path, form: 'template', format, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), applicantId });
  };
  const filled: Uint8Array[] = [];
  for (const p of planned) {
    const bytes = fillFor(template, source, p.applicant);
    await write(p.docx, bytes, 'docx', p.applicant.id);
    if (wantPdf) filled.push(bytes);
  }
  if (soffice) {
    const pdfs = await docxToPdf(soffice, filled);
    for (const [i, p] of planned.entries()) await write(p.pdf!, pdfs[i]!, 'pdf', p.applicant.id);
  }
  const info = { file: v.template, sha256: template.sha256 };
  if (ctx.json) ctx.stdout(JSON.stringify({ files, warnings, template: info }, null, 2));
  else {
    for (const w of warnings) ctx.stderr(`注意：${w}`);
    ctx.stdout([...files.map((f) => `${relative(process.cwd(), f.path) || f.path}  ${(f.size / 1024).toFixed(1)} KB`), `共生成${files.length}个文件（模板 SHA-256：${template.sha256}）。`].join('\n'));
  }
  return 0;
}
