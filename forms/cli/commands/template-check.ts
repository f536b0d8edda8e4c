import { FORMS } from '../../definitions/index';
import { checkFor, unknownWarning, type PlaceholderReport } from '../../template/index';
import { TemplateError } from '../../template/open';
import { InputError, UsageError, type Command } from '../command';
import { readTemplate } from '../template-input';
import { loadSource } from './forms';

const place = (p: Pick<PlaceholderReport, 'within'>) => (p.within.length ? `（在${p.within.map((w) => `{#${w}}…{/${w}}`).join('内的')}内）` : '');

export const templateCheckCommand: Command = {
  name: 'template-check',
  summary: '检查贵单位的 Word 表格模板：列出其中的字段和循环，指出未知字段及拼写相近的字段，以及示例数据会留空的地方',
  usage: '<模板.docx> [--data <申报人.json|备份.json|花名册.xlsx|.csv>] [--form <表格编号>] [--json]',
  options: { data: { type: 'string' }, form: { type: 'string' } },
  async run(ctx) {
    const [file, ...rest] = ctx.positionals;
    if (!file) throw new UsageError('请给出要检查的模板文件（.docx）');
    if (rest.length) throw new UsageError(`多余的参数：${rest.join(' ')}`);
    const form = typeof ctx.values.form === 'string' ? FORMS.find((f) => f.id === ctx.values.form && f.input !== 'committee') : undefined;
    if (ctx.values.form !== undefined && !form) {
      throw new UsageError(`--form 应为每位申报人的表格编号：${FORMS.filter((f) => f.input !== 'committee').map((f) => f.id).join('、')}`);
    }
    const template = await readTemplate(file);
    const source = typeof ctx.values.data === 'string' ? await loadSource(ctx.values.data) : undefined;
    let check;
    try {
      check = checkFor(template, source, form?.input === 'applicant-credential');
    } catch (e) {
      if (e instanceof TemplateError) throw new InputError(e.message);
      throw e;
    }
    const ok = check.unknown.length === 0;
    if (ctx.json) {
      ctx.stdout(JSON.stringify({ ok, file, sha256: template.sha256, warnings: template.warnings, ...check }, null, 2));
      return ok ? 0 : 1;
    }
    const lines = [`模板：${file}（SHA-256 ${template.sha256}）`, ...template.warnings.map((w) => `注意：${w}`), `共找到${check.placeholders.length}个字段和循环：`];
    for (const p of check.placeholders) {
      const what = p.use === 'section' ? (p.kind === 'condition' ? '条件' : '循环') : '字段';
      const alias = p.field && p.field !== p.name ? `（即{${p.field}}）` : '';
      lines.push(`  ${p.known ? '✓' : '✗'} ${what} {${p.use === 'section' ? '#' : ''}${p.name}}${alias}${place(p)}${p.known ? '' : p.raw ? '：不支持插入原始 XML 的{@…}标记' : `：未知字段${p.suggestions.length ? `，拼写相近的字段：${p.suggestions.map((s) => `{${s}}`).join('、')}` : ''}`}`);
    }
    if (check.blanks.length) {
      lines.push(`${source ? '所给数据' : '示例数据'}（${check.checkedApplicants}人）中会留空的：`);
      for (const b of check.blanks) {
        const who = b.applicants.length === check.checkedApplicants ? '全部' : `${b.applicants.slice(0, 5).join('、')}${b.applicants.length > 5 ? `等${b.applicants.length}人` : ''}`;
        lines.push(`  {${b.name}}${place(b)}：${who}`);
      }
    }
    const warning = unknownWarning(check, file);
    lines.push(ok ? '所有字段都能填写。' : `未通过：${warning}`);
    ctx.stdout(lines.join('\n'));
    return ok ? 0 : 1;
  },
};
