import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APPLICANT_COLUMNS, MAX_SLOTS, groupColumns, headerKey } from '../../../shared/roster/columns';
import { TEMPLATE_FIELDS, applicantContext, templateData, type TemplateItem } from '../../../forms/template/fields';
import { fieldRows, fieldsMarkdown } from '../../../forms/template/table';
import { lookupName } from '../../../forms/template/docx';
import { ROOT } from '../../cli';
import { SAMPLE_SOURCE, applicant } from './helpers';

const dataOf = (id: string, credentialId?: string) => templateData(applicantContext(applicant(id), SAMPLE_SOURCE.records, SAMPLE_SOURCE.settings), credentialId);

describe('template names', () => {
  it('are the roster columns, every group of every kind, and each name is one key', () => {
    const keys = TEMPLATE_FIELDS.map((f) => headerKey(f.name));
    expect(new Set(keys).size).toBe(keys.length);
    const names = new Set(TEMPLATE_FIELDS.map((f) => f.name));
    for (const col of APPLICANT_COLUMNS) expect(names).toContain(col.header);
    for (const kind of ['xueli', 'xuewei'] as const) for (let slot = 1; slot <= MAX_SLOTS; slot++) for (const col of groupColumns({ kind, slot })) expect(names).toContain(col.header);
  });

  it('loops have item names unique within them, from the model', () => {
    for (const f of TEMPLATE_FIELDS.filter((x) => x.kind === 'loop')) {
      const keys = f.items!.map((i) => headerKey(i.name));
      expect(new Set(keys).size, f.name).toBe(keys.length);
    }
    const loop = TEMPLATE_FIELDS.find((f) => f.name === '学历学位')!;
    expect(loop.items!.map((i) => i.name)).toEqual(expect.arrayContaining(['类别', '学校', '证书编号', '查验方式', '查验结论', '比对情况', '在线验证码', '查验时间']));
  });

  it('fill the values the domain derives, in the words our forms print', () => {
    const d = dataOf('a04');
    expect(d['姓名']).toBe('陈𠮷祥');
    expect(d['申报资格名称']).toBe('副主任医师'); // blank in the roster: from the series × level table
    expect(d['评审通过']).toBe(true);
    expect(d['评定结论']).toBe('经抚顺市卫生系列高级评审委员会（示例）评审，陈𠮷祥同志具备内科学专业副主任医师（副高级）专业技术资格。');
    const creds = d['学历学位'] as TemplateItem[];
    expect(creds).toHaveLength(applicant('a04').credentials.length);
    expect(creds.map((c) => c['类别'])).toEqual(['学历', '学位', '学历', '学位']);
    expect(creds[1]!['证书编号']).toBe(applicant('a04').credentials[1]!.certNo); // a degree's number, not only a diploma's
    expect(creds[1]!['学校']).toBe('东岭医科大学');
    expect(creds[2]!['查验方式']).toBe('学信网在线查验（待目视核对）');
    expect(creds[2]!['在线验证码']).toMatch(/^[A-Z0-9]{16}$/);
    expect(creds[2]!['查验时间']).toMatch(/（北京时间）$/);
    expect(d['学历证书编号']).toBe(applicant('a04').credentials[2]!.certNo); // 学历· is the highest
  });

  it('leave a pending applicant’s conclusion empty and the condition false', () => {
    const d = dataOf('a13');
    expect(applicant('a13').result).toBe('pending');
    expect(d['评审通过']).toBe(false);
    expect(d['评定结论']).toBe('');
  });

  it('accept the roster’s aliases and the group names, and loop items shadow the top', () => {
    const d = dataOf('a04');
    expect(lookupName([d], '身份证号码')).toBe(applicant('a04').idNumber);
    expect(lookupName([d], '最高学历·证书编号')).toBe(d['学历证书编号']);
    expect(lookupName([d], '学历证书编号')).toBe(d['学历证书编号']);
    const item = (d['学历学位'] as TemplateItem[])[1]!;
    expect(lookupName([d, item], '学校')).toBe('东岭医科大学');
    expect(lookupName([d, item], '类别')).toBe('学位');
    expect(lookupName([d], '联系电话')).toBeUndefined();
  });

  it('name one credential without a loop for a form made per credential', () => {
    const c = applicant('a04').credentials[1]!;
    const d = dataOf('a04', c.id);
    expect(d['证书编号']).toBe(c.certNo);
    expect(d['类别']).toBe('学位');
  });

  it('are listed in the README exactly as the table makes them', () => {
    const readme = readFileSync(`${ROOT}README.md`, 'utf8');
    expect(readme).toContain(fieldsMarkdown());
    expect(fieldRows().find((r) => r.name === '姓名')!.example).toBe('张伟民');
  });
});
