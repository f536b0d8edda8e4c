// An office's Word template is untrusted input, read like any file a user hands us: within caps, through the one
// hardened ZIP reader, macros refused, and every external relationship (a linked image, a remote attached template,
// a linked OLE object…) stripped with a warning, so neither Word nor LibreOffice reaches the network when the filled
// form is opened or converted. What docxtemplater then reads is built from the entries our reader inflated, never
// from the file's bytes by another ZIP parser. No node:* (the generator page opens templates too).
import PizZip from 'pizzip';
import { MAX_TEMPLATE_BYTES, tooLarge } from '../../shared/limits';
import { TEMPLATE_LIMITS, ZipFormatError, bytesSource, listZip, readEntry } from '../../shared/zip/reader';
import { sha256Hex } from '../export/sha256';

/** A template that cannot be used, with why, in Chinese (shown to users as is). */
export class TemplateError extends Error {
  override name = 'TemplateError';
}

/** A template read and made safe, ready to fill (any number of times). */
export interface PreparedTemplate {
  /** The file's name as given (for messages and output names). */
  fileName: string;
  /** SHA-256 of the file as given: what the export's manifest records. */
  sha256: string;
  size: number;
  /** The sanitised DOCX that every fill starts from. */
  docx: Uint8Array;
  /** What was changed or should be known, in Chinese (e.g. a linked image removed). */
  warnings: string[];
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const starts = (b: Uint8Array, m: number[]) => m.every((x, i) => b[i] === x);

const MAIN_TYPES = /application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.(document|template)\.main\+xml/;
const MACRO_TYPE = /macroEnabled|vbaProject|vbaData/i;
const MACRO_PARTS = /(^|\/)(vbaProject\.bin|vbaData\.xml)$|^word\/activeX\//i;
/** Word's own links that open nothing: a hyperlink to a web page or a mail address is kept (it is followed only on a click). */
const KEPT_EXTERNAL = /\/hyperlink$/;
const KEPT_TARGET = /^(https?:|mailto:)/i;

/**
 * Field codes that fetch or run something when the document is opened or updated: DDE/DDEAUTO run programs; INCLUDETEXT,
 * INCLUDEPICTURE and LINK read another file, which may be on a web or network server.
 */
const LINKING_FIELD = /(?<![A-Za-z])(DDEAUTO|DDE|INCLUDETEXT|INCLUDEPICTURE|LINK)\b/i;

/**
 * A part's field codes, one per field: a complex field's w:instrText runs joined as Word reads them (Word splits a
 * code over runs), and simple fields' w:instr.
 */
const fieldCodes = (xml: string): string =>
  [
    ...xml.split(/w:fldCharType\s*=\s*"begin"/).map((seg) => [...seg.matchAll(/<w:instrText\b[^>]*>([^<]*)<\/w:instrText>/g)].map((m) => m[1]).join('')),
    ...[...xml.matchAll(/<w:fldSimple\b[^>]*\sw:instr\s*=\s*"([^"]*)"/g)].map((m) => m[1]),
  ].join(' ');

/** An XML attribute of a start tag (either quote). */
const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag)?.slice(2).find((x) => x !== undefined);

/** The part a .rels file describes: word/_rels/document.xml.rels → word/document.xml. */
const ownerOf = (rels: string) => rels.replace(/(^|\/)_rels\/([^/]+)\.rels$/, '$1$2');

/**
 * Drops external relationships from every .rels part, and the references to them from the part that owns it: a
 * self-closing element naming only that link (w:attachedTemplate, a linked OLE object's o:OLEObject) goes, an
 * attribute on anything else (a:blip r:link) goes. Returns the targets removed.
 */
function stripExternal(zip: PizZip): string[] {
  const removed: string[] = [];
  for (const path of Object.keys(zip.files)) {
    if (!/\.rels$/i.test(path)) continue;
    const xml = zip.file(path)!.asText();
    const ids: string[] = [];
    const kept = xml.replace(/<Relationship\b[^>]*?\/>|<Relationship\b[^>]*>[\s\S]*?<\/Relationship>/g, (rel) => {
      if (attr(rel, 'TargetMode') !== 'External') return rel;
      const type = attr(rel, 'Type') ?? '';
      const target = attr(rel, 'Target') ?? '';
      if (KEPT_EXTERNAL.test(type) && KEPT_TARGET.test(target)) return rel;
      ids.push(attr(rel, 'Id') ?? '');
      removed.push(target);
      return '';
    });
    if (!ids.length) continue;
    zip.file(path, kept);
    const owner = zip.file(ownerOf(path));
    if (!owner) continue;
    let part = owner.asText();
    for (const id of ids.filter(Boolean)) {
      const ref = `r:(?:id|link|embed|href|pict|dm|lo|qs|cs)\\s*=\\s*("${id}"|'${id}')`;
      part = part.replace(new RegExp(`<[\\w:.-]+\\b[^<>]*\\s${ref}[^<>]*/>`, 'g'), (el) => (/\sr:link\s*=/.test(el) && !/\sr:embed\s*=/.test(el) ? el.replace(new RegExp(`\\s${ref}`), '') : ''));
      part = part.replace(new RegExp(`\\s${ref}`, 'g'), '');
    }
    zip.file(owner.name, part);
  }
  return removed;
}

/** Reads and checks an office's template; throws TemplateError (Chinese) when it cannot or must not be used. */
export async function openTemplate(bytes: Uint8Array, fileName: string): Promise<PreparedTemplate> {
  const what = `模板“${fileName}”`;
  if (bytes.length > MAX_TEMPLATE_BYTES) throw new TemplateError(tooLarge(what, bytes.length, MAX_TEMPLATE_BYTES));
  if (/\.(docm|dotm)$/i.test(fileName)) throw new TemplateError(`${what}是启用宏的文档（.docm），出于安全考虑不能使用；请在 Word 中另存为“Word 文档（.docx）”后再用`);
  if (starts(bytes, OLE_MAGIC)) throw new TemplateError(`${what}是旧版 Word 格式（.doc）或加密文档；请在 Word 或 WPS 中另存为“Word 文档（.docx）”后再用`);
  if (!starts(bytes, ZIP_MAGIC)) throw new TemplateError(`${what}不是 Word 文档（.docx）`);

  const src = bytesSource(bytes);
  const zip = new PizZip();
  try {
    const entries = await listZip(src, TEMPLATE_LIMITS);
    if (entries.some((e) => MACRO_PARTS.test(e.path))) throw new TemplateError(`${what}含有宏或 ActiveX 控件，出于安全考虑不能使用；请在 Word 中删除宏，另存为“Word 文档（.docx）”后再用`);
    for (const e of entries) if (!e.directory) zip.file(e.path, await readEntry(src, e), { binary: true, createFolders: false });
  } catch (e) {
    if (e instanceof ZipFormatError) throw new TemplateError(`${what}无法读取：${e.zh}`);
    throw e;
  }
  const types = zip.file('[Content_Types].xml')?.asText() ?? '';
  if (MACRO_TYPE.test(types)) throw new TemplateError(`${what}是启用宏的文档，出于安全考虑不能使用；请在 Word 中另存为“Word 文档（.docx）”后再用`);
  if (!MAIN_TYPES.test(types) || !zip.file('word/document.xml')) throw new TemplateError(`${what}不是 Word 文档（.docx）：缺少正文部分`);

  for (const path of Object.keys(zip.files).filter((p) => /^word\/[^/]+\.xml$/.test(p))) {
    const field = LINKING_FIELD.exec(fieldCodes(zip.file(path)!.asText()));
    if (field) throw new TemplateError(`${what}含有会读取外部文件或运行程序的域代码（${field[1]!.toUpperCase()}），出于安全考虑不能使用；请在 Word 中删除该域（Alt+F9 可显示域代码）后再用`);
  }
  const warnings: string[] = [];
  const removed = stripExternal(zip);
  if (removed.length) {
    const shown = [...new Set(removed)].slice(0, 5).map((t) => `“${t.slice(0, 120)}”`);
    warnings.push(`模板中有${removed.length}处指向外部的链接（链接的图片、远程模板等），已删除，填好的文件不会访问外部：${shown.join('、')}${removed.length > 5 ? '等' : ''}`);
  }
  // A .dotx is filled into a document, as Word does when a template is opened with 新建.
  zip.file('[Content_Types].xml', types.replace('wordprocessingml.template.main+xml', 'wordprocessingml.document.main+xml'));
  const docx = zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
  return { fileName, sha256: await sha256Hex(bytes), size: bytes.length, docx, warnings };
}
