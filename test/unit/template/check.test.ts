import { describe, expect, it } from 'vitest';
import { checkFor } from '../../../forms/template/index';
import { TemplateError, openTemplate } from '../../../forms/template/open';
import { buildDocx, officeTemplate, para, run } from '../../template/office-template';
import { SAMPLE_SOURCE } from './helpers';

const open = (body: string) => openTemplate(buildDocx({ body }), 't.docx');

describe('template check', () => {
  it('finds a placeholder Word split over runs, loops with their items, aliases and the unknown name', async () => {
    const c = checkFor(await openTemplate(officeTemplate(), '评定表.docx'), SAMPLE_SOURCE);
    const names = c.placeholders.map((p) => p.name);
    expect(names).toContain('姓名'); // written as {姓 | 名 | } in three runs
    expect(names).toContain('证书编号'); // {证书 | 编号}
    expect(c.placeholders.find((p) => p.name === '身份证号码')).toMatchObject({ known: true, field: '身份证号' });
    expect(c.placeholders.find((p) => p.name === '查验方式')).toMatchObject({ known: true, within: ['学历学位'] });
    expect(c.placeholders.find((p) => p.name === '评审通过')).toMatchObject({ use: 'section', kind: 'condition' });
    expect(c.unknown.map((u) => u.name)).toEqual(['联系电话']);
  });

  it('suggests the names spelt most alike for a misspelt one', async () => {
    const c = checkFor(await open(para(run('{身分证号}{学历·证书编码}{#学历学位}{查验结果}{/学历学位}'))));
    const by = (n: string) => c.unknown.find((u) => u.name === n)!;
    expect(by('身分证号').suggestions[0]).toBe('身份证号');
    expect(by('学历·证书编码').suggestions[0]).toBe('学历·证书编号');
    expect(by('查验结果').within).toEqual(['学历学位']);
    expect(by('查验结果').suggestions).toEqual(expect.arrayContaining(['查验结论']));
  });

  it('flags what the sample leaves blank: a pending applicant’s conclusion inside the condition', async () => {
    const c = checkFor(await openTemplate(officeTemplate(), '评定表.docx'), SAMPLE_SOURCE);
    const conclusion = c.blanks.find((b) => b.name === '评定结论')!;
    expect(conclusion.within).toEqual(['评审通过']);
    expect(conclusion.applicants).toContain('黄磊'); // pending
    expect(conclusion.applicants).not.toContain('陈𠮷祥'); // passed
    expect(c.blanks.find((b) => b.name === '姓名')).toBeUndefined();
  });

  it('knows a credential’s names at the top of a form made per credential (查验结果单)', async () => {
    const t = await open(para(run('{姓名}{证书编号}{查验结论}')));
    expect(checkFor(t).unknown.map((u) => u.name)).toEqual(['证书编号', '查验结论']);
    expect(checkFor(t, SAMPLE_SOURCE, true).unknown).toEqual([]);
  });

  it('words a broken template in Chinese', async () => {
    const t = await open(para(run('{#学历学位}{类别}')));
    const e = (() => {
      try {
        return checkFor(t);
      } catch (x) {
        return x;
      }
    })();
    expect(e).toBeInstanceOf(TemplateError);
    expect((e as Error).message).toContain('{/学历学位}');
  });
});
