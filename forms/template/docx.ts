// docxtemplater does the Word work (a placeholder Word split over several runs, loops that repeat table rows or
// paragraphs, conditions); ours is only how a name finds its value: the parser looks a name up by headerKey in the
// innermost scope first (a loop's item, then the applicant), the roster's aliases included. Raw-XML tags ({@…}) are
// never filled: a value is always text, escaped.
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { headerKey } from '../../shared/roster/columns';
import { xmlSafe } from '../../shared/text/xml';
import { TEMPLATE_ALIASES, type TemplateItem, type TemplateValue } from './fields';
import { TemplateError, type PreparedTemplate } from './open';

/** A name's value in a chain of scopes, innermost last; undefined when no scope has it. */
export function lookupName(scopes: readonly unknown[], name: string): TemplateValue | undefined {
  const key = headerKey(name);
  const alias = TEMPLATE_ALIASES.get(key);
  for (let i = scopes.length - 1; i >= 0; i--) {
    const s = scopes[i];
    if (!s || typeof s !== 'object' || Array.isArray(s)) continue;
    const item = s as TemplateItem;
    if (Object.hasOwn(item, key)) return item[key];
    if (alias && Object.hasOwn(item, alias)) return item[alias];
  }
  return undefined;
}

interface ParserContext {
  tag?: { module?: string };
}

/** docxtemplater asks this for each tag, once per scope (innermost first) until a value is found. */
function parser(tag: string, ctx?: ParserContext) {
  const raw = ctx?.tag?.module === 'rawxml';
  return {
    get(scope: unknown): unknown {
      if (raw) return '';
      const v = lookupName([scope], tag);
      return typeof v === 'string' ? xmlSafe(v) : v;
    },
  };
}

// errorLogging off: errors are ours to word (in Chinese), not docxtemplater's to print.
const OPTIONS = { paragraphLoop: true, linebreaks: true, parser, nullGetter: () => '', errorLogging: false, stripInvalidXMLChars: true };

interface DxtError {
  properties?: { id?: string; xtag?: string; explanation?: string; errors?: DxtError[]; file?: string };
}

/** One template syntax error, in Chinese. */
function syntaxMessage(e: DxtError): string {
  const p = e.properties ?? {};
  const tag = (p.xtag ?? '').slice(0, 40);
  switch (p.id) {
    case 'unopened_tag':
      return `“${tag}}”缺少开头的“{”`;
    case 'unclosed_tag':
      return `“{${tag}”缺少结尾的“}”`;
    case 'duplicate_open_tag':
      return `“${tag}”连写了两个“{”`;
    case 'duplicate_close_tag':
      return `“${tag}”连写了两个“}”`;
    case 'unclosed_loop':
      return `“{#${tag}}”没有对应的结束标记“{/${tag}}”`;
    case 'unopened_loop':
      return `“{/${tag}}”前面没有对应的开始标记“{#${tag}}”`;
    case 'closing_tag_does_not_match_opening_tag':
      return `开始标记与结束标记不配对（${p.explanation ?? tag}）`;
    case 'raw_xml_tag_should_be_only_text_in_paragraph':
      return `“{@${tag}}”是插入原始 XML 的标记，本工具不支持，请改为“{${tag}}”`;
    default:
      return `模板标记有误（${p.explanation ?? p.id ?? '未知错误'}）`;
  }
}

/** Compiles a prepared template: syntax errors become one TemplateError listing each (Chinese). */
export function compile(t: PreparedTemplate): Docxtemplater {
  try {
    return new Docxtemplater(new PizZip(t.docx), OPTIONS as never);
  } catch (e) {
    const errors = (e as DxtError).properties?.errors ?? [e as DxtError];
    const lines = errors.slice(0, 20).map(syntaxMessage);
    if (errors.length > 20) lines.push(`另有${errors.length - 20}处`);
    throw new TemplateError(`模板“${t.fileName}”的标记有误：\n${lines.map((l) => `  ${l}`).join('\n')}`);
  }
}

/** One placeholder as docxtemplater parsed it: text, a loop or condition (with what is inside), or raw XML. */
export interface TagNode {
  name: string;
  kind: 'text' | 'section' | 'raw';
  inverted: boolean;
  children: TagNode[];
}

interface Part {
  type: string;
  value: string;
  module?: string;
  inverted?: boolean;
  subparsed?: Part[];
}

const toNodes = (parts: readonly Part[]): TagNode[] =>
  parts
    .filter((p) => p.type === 'placeholder')
    .map((p) => ({
      name: p.value.trim(),
      kind: p.module === 'loop' ? 'section' : p.module === 'rawxml' ? 'raw' : 'text',
      inverted: p.inverted === true,
      children: toNodes(p.subparsed ?? []),
    }));

/**
 * Every placeholder of the template, loops with their contents, per part (body, headers, footers). Read from the
 * compiled parts as docxtemplater's own InspectModule does (that module needs lodash, which docxtemplater does not
 * install).
 */
export function templateTags(t: PreparedTemplate): TagNode[] {
  const compiled = (compile(t) as unknown as { compiled: Record<string, { postparsed?: Part[] }> }).compiled;
  return Object.values(compiled).flatMap((f) => toNodes(f.postparsed ?? []));
}

/** The template filled with one applicant's values: a new DOCX. */
export function fillTemplate(t: PreparedTemplate, data: TemplateItem): Uint8Array {
  const doc = compile(t);
  doc.render(data);
  return doc.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' });
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** A DOCX's body as plain text (paragraphs on lines, table cells split by tabs): the page's preview, and tests. */
export function documentText(docx: Uint8Array): string {
  const xml = new PizZip(docx).file('word/document.xml')?.asText() ?? '';
  return xml
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<\/w:p>(?=(?:<w:bookmarkEnd[^>]*\/>)*<\/w:tc>)/g, '') // a cell's last paragraph: the cell ends the line
    .replace(/<w:br\/>|<\/w:p>|<\/w:tr>/g, '\n')
    .replace(/<\/w:tc>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => ENTITIES[e]!)
    .replace(/\t\n/g, '\n');
}
