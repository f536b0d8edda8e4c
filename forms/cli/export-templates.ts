// `export --template <form>=<file.docx>`: which of our forms an office's own Word file replaces, read and checked.
import { FORMS } from '../definitions/index';
import type { FormId } from '../definitions/form';
import type { PreparedTemplate } from '../template/open';
import { UsageError } from './command';
import { readTemplate, unknownNames } from './template-input';

export interface TemplateOptions {
  byForm: Partial<Record<FormId, PreparedTemplate>>;
  /** Links stripped, names no table has (left blank), in Chinese. */
  warnings: string[];
}

/** The templates given, or undefined when none was. */
export async function templateOptions(given: unknown): Promise<TemplateOptions | undefined> {
  const list = Array.isArray(given) ? (given as string[]) : typeof given === 'string' ? [given] : [];
  if (!list.length) return undefined;
  const perApplicant = FORMS.filter((f) => f.input !== 'committee');
  const byForm: TemplateOptions['byForm'] = {};
  const warnings: string[] = [];
  for (const spec of list) {
    const m = /^([a-z-]+)=(.+)$/.exec(spec);
    const form = m && perApplicant.find((f) => f.id === m[1]);
    if (!m || !form) {
      throw new UsageError(`--template 应写成“表格编号=模板.docx”，表格编号为：${perApplicant.map((f) => f.id).join('、')}（实际为“${spec}”）`);
    }
    if (byForm[form.id]) throw new UsageError(`--template 为表格 ${form.id} 给了两个模板`);
    const t = await readTemplate(m[2]!);
    const unknown = unknownNames(t, form.input === 'applicant-credential');
    if (unknown) warnings.push(`${form.title}：${unknown}`);
    warnings.push(...t.warnings.map((w) => `${form.title}：${w}`));
    byForm[form.id] = t;
  }
  return { byForm, warnings };
}
