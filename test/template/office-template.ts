// A fictional office's Word template, built the way Word writes one: a one-page 评定表 with placeholders split over
// runs (as Word does after an edit or a spell check), a 学历学位 loop repeating a table row, a work-history loop, a
// condition and its inverse, an alias (身份证号码), group columns (学历·证书编号, 第一学位·授予日期), derived values and one
// name no table has (联系电话). Also the hostile variants the opener must refuse or clean.
import { strToU8, zipSync, type Zippable } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const FONT = '<w:rFonts w:ascii="SimSun" w:hAnsi="SimSun" w:eastAsia="宋体"/><w:lang w:eastAsia="zh-CN"/>';
/** One run; `bold` gives it other formatting, which is what keeps Word from merging it with its neighbours. */
export const run = (text: string, bold = false) => `<w:r><w:rPr>${FONT}${bold ? '<w:b/>' : ''}</w:rPr><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
export const para = (...runs: string[]) => `<w:p><w:pPr><w:spacing w:after="60"/></w:pPr>${runs.join('')}</w:p>`;
const cell = (width: number, ...paras: string[]) => `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${paras.join('')}</w:tc>`;
const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const table = (widths: number[], ...rows: string[]) =>
  `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
    .map((b) => `<w:${b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`)
    .join('')}</w:tblBorders></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows.join('')}</w:tbl>`;

/** The body of the office's 评定表 (fictional wording). */
export function evaluationBody(): string {
  const widths = [900, 2600, 1500, 2400, 2200];
  return [
    `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${run('辽宁省专业技术资格评定表（某单位自制样表，虚构）', true)}</w:p>`,
    // {姓名} split over three runs, as Word leaves it after an edit.
    para(run('姓名：'), run('{姓'), run('名', true), run('}'), run('　性别：{性别}　身份证号：'), run('{身份证号码}')),
    para(run('工作单位：{工作单位}　申报资格：{申报资格名称及级别}')),
    para(run('最高学历证书编号：{学历·证书编号}　第一学位授予日期：{第一学位·授予日期}')),
    para(run('联系电话：{联系电话}')),
    table(
      widths,
      row(...['类别', '学校', '层次／学位', '证书编号', '查验方式'].map((h, i) => cell(widths[i]!, para(run(h, true))))),
      // The loop's start and end sit in different cells of one row: the row repeats per credential.
      row(
        cell(widths[0]!, para(run('{#学历学位}{类别}'))),
        cell(widths[1]!, para(run('{学校}'))),
        cell(widths[2]!, para(run('{层次／学位}'))),
        cell(widths[3]!, para(run('{证书'), run('编号}'))),
        cell(widths[4]!, para(run('{查验方式}{/学历学位}'))),
      ),
    ),
    para(run('主要工作经历：', true)),
    // Loop tags in paragraphs of their own: the paragraph between them repeats per item.
    para(run('{#主要工作经历}')),
    para(run('{序号}. {起始年月}—{终止年月}　{单位}　{职务}')),
    para(run('{/主要工作经历}')),
    para(run('评审会议日期：{评审会议日期}　表决：出席{出席人数}人，同意{同意人数}人，不同意{不同意人数}人，弃权{弃权人数}人')),
    para(run('{#评审通过}评定结论：{评定结论}{/评审通过}{^评审通过}评定结论：（待评审，不填写）{/评审通过}')),
    para(run('公示期：{公示期}')),
    para(run('查验单位：{查验单位}（盖章）')),
  ].join('');
}

const CONTENT_TYPES = (main = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', extra = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${main}"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>${extra}</Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

export const documentXml = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}" xmlns:r="${R}" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1200" w:right="1000" w:bottom="1200" w:left="1000" w:header="600" w:footer="600" w:gutter="0"/></w:sectPr></w:body></w:document>`;

export interface TemplateParts {
  body?: string;
  /** Extra parts by path. */
  extra?: Record<string, string | Uint8Array>;
  mainType?: string;
  extraTypes?: string;
  documentRels?: string;
  settingsRels?: string;
  settings?: string;
}

/** A DOCX from parts (deflated, as Word writes it). */
export function buildDocx(p: TemplateParts = {}): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': strToU8(CONTENT_TYPES(p.mainType, p.extraTypes)),
    '_rels/.rels': strToU8(ROOT_RELS),
    'word/document.xml': strToU8(documentXml(p.body ?? evaluationBody())),
    'word/settings.xml': strToU8(p.settings ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings xmlns:w="${W}" xmlns:r="${R}"/>`),
  };
  if (p.documentRels) files['word/_rels/document.xml.rels'] = strToU8(p.documentRels);
  if (p.settingsRels) files['word/_rels/settings.xml.rels'] = strToU8(p.settingsRels);
  for (const [path, v] of Object.entries(p.extra ?? {})) files[path] = typeof v === 'string' ? strToU8(v) : v;
  return zipSync(files, { level: 6 });
}

/** The office template of the tests. */
export const officeTemplate = (): Uint8Array => buildDocx();

/** A template Word saved with a remote attached template and a linked (not embedded) image. */
export function linkedTemplate(): Uint8Array {
  const rels = (items: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
  return buildDocx({
    body: `${para(run('姓名：{姓名}'))}<w:p><w:r><w:drawing><a:blip r:link="rId7"/></w:drawing></w:r></w:p>${para(run('见 '))}`,
    documentRels: rels(
      '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="http://tracker.example.invalid/pixel.png" TargetMode="External"/>' +
        '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://www.chsi.com.cn/" TargetMode="External"/>',
    ),
    settings: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings xmlns:w="${W}" xmlns:r="${R}"><w:attachedTemplate r:id="rId1"/></w:settings>`,
    settingsRels: rels(
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="\\\\fileserver.example.invalid\\share\\normal.dotm" TargetMode="External"/>',
    ),
  });
}

/** A macro-enabled document (.docm content type and a vbaProject part). */
export const macroTemplate = (): Uint8Array =>
  buildDocx({
    mainType: 'application/vnd.ms-word.document.macroEnabled.main+xml',
    extraTypes: '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>',
    extra: { 'word/vbaProject.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]) },
  });

/** A vbaProject part in a file that claims to be a plain .docx. */
export const hiddenMacroTemplate = (): Uint8Array => buildDocx({ extra: { 'word/vbaProject.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]) } });

/** A zip bomb: a part of 8 MB of zeros in about 8 KB, a thousand to one. */
export const bombTemplate = (): Uint8Array => buildDocx({ extra: { 'word/media/image1.png': new Uint8Array(8 * 1024 * 1024) } });
