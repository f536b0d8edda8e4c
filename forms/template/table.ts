// The table of names for people who prepare a template (字段说明): every name, how to write it, what it holds and an
// example from the sample data. One list of rows, shown by `zhicheng template-fields` (XLSX), the README and the
// generator page.
import { Settings } from '../../shared/model';
import { groupName, headerKey } from '../../shared/roster/columns';
import { SAMPLE_APPLICANTS } from '../../shared/sample/applicants';
import { SAMPLE_RECORDS } from '../../shared/sample/records';
import { TEMPLATE_FIELDS, applicantContext, templateData, type TemplateField, type TemplateItem, type TemplateValue } from './fields';

export interface FieldRow {
  name: string;
  /** How it is written: {姓名}, {#学历学位}…{/学历学位}, {#评审通过}…{/评审通过}. */
  syntax: string;
  /** The loop it belongs to ('' at the top). */
  within: string;
  meaning: string;
  /** From the sample data ('' when no sample applicant has one). */
  example: string;
}

/** Group names other than the highest (学历·, 学位·) that the table lists once, as a rule, not name by name. */
const LATER_GROUPS = [groupName({ kind: 'xueli', slot: 2 }), groupName({ kind: 'xuewei', slot: 2 }), groupName({ kind: 'xueli', slot: 3 }), groupName({ kind: 'xuewei', slot: 3 })];
const isLaterGroup = (name: string) => LATER_GROUPS.some((g) => name.startsWith(`${g}·`)) || /^(学历|学位)\d+·/.test(name);

const syntaxOf = (f: TemplateField<never>) => (f.kind === 'text' ? `{${f.name}}` : `{#${f.name}}…{/${f.name}}`);

/** The first non-blank value of a name over the sample applicants (and, in a loop, over their items). */
function exampleOf(data: readonly TemplateItem[], key: string, loop?: string): string {
  for (const d of data) {
    const scopes: TemplateItem[] = loop ? ((d[loop] as TemplateItem[] | undefined) ?? []) : [d];
    for (const s of scopes) {
      const v: TemplateValue | undefined = s[key];
      if (typeof v === 'string' && v) return v.length > 60 ? `${v.slice(0, 60)}…` : v;
      if (typeof v === 'boolean') return v ? '真（印出其中内容）' : '假';
      if (Array.isArray(v) && v.length) return `${v.length}项`;
    }
  }
  return '';
}

let cached: FieldRow[] | undefined;

export function fieldRows(): FieldRow[] {
  if (cached) return cached;
  const settings = Settings.parse({});
  const data = SAMPLE_APPLICANTS.map((a) => templateData(applicantContext(a, SAMPLE_RECORDS, settings)));
  const rows: FieldRow[] = [];
  for (const f of TEMPLATE_FIELDS as readonly TemplateField<never>[]) {
    if (isLaterGroup(f.name)) continue;
    rows.push({ name: f.name, syntax: syntaxOf(f), within: '', meaning: f.meaning, example: exampleOf(data, headerKey(f.name)) });
    for (const item of f.items ?? []) {
      rows.push({ name: item.name, syntax: `{${item.name}}`, within: f.name, meaning: item.meaning, example: exampleOf(data, headerKey(item.name), headerKey(f.name)) });
    }
  }
  rows.push({
    name: `${LATER_GROUPS.slice(0, 2).join('·…、')}·…、学历3·…、学位3·…`,
    syntax: `{${LATER_GROUPS[0]}·证书编号}`,
    within: '',
    meaning: '与“学历·”“学位·”各名称相同，分别为第一学历（学位，与最高的不同时）和其他学历（学位，按日期，至多4个）',
    example: '',
  });
  cached = rows;
  return rows;
}

const cellMd = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The table as Markdown (the README holds exactly this; a test keeps them equal). */
export function fieldsMarkdown(): string {
  const head = ['| 名称 | 写法 | 所在循环 | 含义 | 示例（示例数据） |', '|---|---|---|---|---|'];
  return [...head, ...fieldRows().map((r) => `| ${[r.name, `\`${r.syntax}\``, r.within, r.meaning, r.example].map(cellMd).join(' | ')} |`)].join('\n');
}
