// A template is untrusted input: caps, the hardened ZIP reader, macros refused, external links stripped, values escaped.
import { strFromU8, unzipSync } from 'fflate';
import { documentText } from '../../../forms/template/docx';
import { describe, expect, it } from 'vitest';
import { MAX_TEMPLATE_BYTES } from '../../../shared/limits';
import { fillTemplate, templateTags } from '../../../forms/template/docx';
import { TemplateError, openTemplate } from '../../../forms/template/open';
import { bombTemplate, buildDocx, hiddenMacroTemplate, linkedTemplate, macroTemplate, officeTemplate, para, run } from '../../template/office-template';

const refused = async (bytes: Uint8Array, name: string, why: RegExp) => {
  const e = await openTemplate(bytes, name).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(TemplateError);
  expect((e as Error).message).toMatch(why);
};

describe('openTemplate', () => {
  it('opens a Word template and keeps the file’s SHA-256', async () => {
    const bytes = officeTemplate();
    const t = await openTemplate(bytes, '评定表.docx');
    expect(t.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(t.warnings).toEqual([]);
    expect(templateTags(t).map((n) => n.name)).toContain('姓名');
  });

  it('refuses .docm by name, macro content types and a vbaProject hidden in a .docx', async () => {
    await refused(officeTemplate(), '评定表.docm', /启用宏/);
    await refused(macroTemplate(), '评定表.docx', /宏/);
    await refused(hiddenMacroTemplate(), '评定表.docx', /宏/);
  });

  it('refuses a zip bomb, an oversized file, a .doc and what is not a document', async () => {
    await refused(bombTemplate(), 'bomb.docx', /压缩比|压缩炸弹/);
    await refused(new Uint8Array(MAX_TEMPLATE_BYTES + 1), 'big.docx', /超过上限/);
    await refused(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'old.doc', /另存为/);
    await refused(new TextEncoder().encode('<html>not a docx</html>'), 'page.docx', /不是 Word 文档/);
  });

  it('refuses field codes that read outside files or run programs (INCLUDEPICTURE, DDEAUTO), split over runs or simple', async () => {
    const complex = (code: string) => `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${code.slice(0, 5)}</w:instrText></w:r><w:r><w:instrText>${code.slice(5)}</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;
    await refused(buildDocx({ body: complex('INCLUDEPICTURE "http://tracker.example.invalid/p.png" \\d') }), 'a.docx', /INCLUDEPICTURE/);
    await refused(buildDocx({ body: '<w:p><w:fldSimple w:instr=" DDEAUTO c:\\windows\\system32\\cmd.exe "><w:r><w:t>x</w:t></w:r></w:fldSimple></w:p>' }), 'b.docx', /DDEAUTO/);
    // Ordinary fields (a page number, a web link followed only on a click) are no such thing.
    expect((await openTemplate(buildDocx({ body: complex('PAGE') + complex('HYPERLINK "https://www.chsi.com.cn/"') + para(run('{姓名}')) }), 'c.docx')).warnings).toEqual([]);
  });

  it('strips linked images and remote templates, with a warning, and keeps a web hyperlink', async () => {
    const t = await openTemplate(linkedTemplate(), 'linked.docx');
    expect(t.warnings.join()).toMatch(/2处指向外部的链接.*tracker\.example\.invalid/);
    const files = unzipSync(t.docx);
    const all = Object.values(files).map((b) => strFromU8(b)).join('\n');
    expect(all).not.toContain('tracker.example.invalid');
    expect(all).not.toContain('fileserver.example.invalid');
    expect(strFromU8(files['word/settings.xml']!)).not.toContain('attachedTemplate');
    expect(strFromU8(files['word/document.xml']!)).not.toMatch(/r:link=/);
    expect(strFromU8(files['word/_rels/document.xml.rels']!)).toContain('https://www.chsi.com.cn/');
  });

  it('fills values as text: markup in data is escaped, raw-XML tags stay empty', async () => {
    const t = await openTemplate(buildDocx({ body: para(run('A{姓名}B')) + para(run('{@姓名}')) }), 'x.docx');
    const evil = '</w:t></w:r><w:r><w:t>注入 & <b>';
    const out = fillTemplate(t, { 姓名: evil });
    const xml = strFromU8(unzipSync(out)['word/document.xml']!);
    expect(xml).not.toContain('<w:t>注入');
    expect(documentText(out)).toContain(`A${evil}B`);
    expect((documentText(out)).match(/注入/g)).toHaveLength(1); // the {@…} tag printed nothing
  });
});
