// A DOCX package from docx's document model, without docx's packer: of the 17 parts docx writes for a form, only
// document.xml, the end of styles.xml (our paragraph styles), core.xml (title, dates), the document's relationships and
// its pictures differ from one document to the next. The other parts (theme, settings, numbering, font table, content
// types…) are taken once from docx's own package of an empty document and their deflated bytes reused: they were most
// of a small form's time. package.test.ts holds every form of the sample to docx's own packer.
import { StyleForParagraph, type File, type IParagraphStyleOptions } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { platformDeflaters, type Deflate } from '../platform';
import { xmlElement, xmlOf } from './xml';
import { zipPart, zipParts, type ZipPart } from './zip';

export const DOCUMENT = 'word/document.xml';
export const STYLES = 'word/styles.xml';
export const CORE = 'docProps/core.xml';
export const DOCUMENT_RELS = 'word/_rels/document.xml.rels';
/** Every other part docx writes is the same in every document made from one recipe. */
export const VARYING_PARTS: readonly string[] = [DOCUMENT, STYLES, CORE, DOCUMENT_RELS];

const IMAGE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
const FONT_TABLE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable';
const STYLES_END = '</w:styles>';
/** docx stamps core.xml with the time the document object was made: the export's time instead, for one set of bytes. */
const TIMESTAMPS = /(<dcterms:(?:created|modified) xsi:type="dcterms:W3CDTF">)[^<]*/g;

interface Skeleton {
  deflate: Deflate;
  /** docx's parts in docx's order: the constant ones deflated, the varying ones by path alone. */
  parts: (ZipPart | string)[];
  /** styles.xml up to where the document's own paragraph styles go. */
  stylesHead: string;
}

function skeletonOf(reference: Uint8Array, deflate: Deflate): Skeleton {
  const files = unzipSync(reference);
  const styles = strFromU8(files[STYLES]!);
  if (!styles.endsWith(STYLES_END)) throw new Error('docx package: styles.xml does not end with </w:styles>');
  for (const path of VARYING_PARTS) if (!files[path]) throw new Error(`docx package: no ${path} in docx's package`);
  return {
    deflate,
    parts: Object.entries(files)
      .filter(([path]) => !path.startsWith('word/media/'))
      .map(([path, data]) => (VARYING_PARTS.includes(path) ? path : zipPart(path, data, deflate))),
    stylesHead: styles.slice(0, -STYLES_END.length),
  };
}

/**
 * Packs documents made by one recipe (document.ts: same options but for the title, paragraph styles and body).
 * The first document waits for docx to pack the recipe's empty document once.
 */
export class DocxPackager {
  private skeleton: Promise<Skeleton> | undefined;

  /** `reference`: docx's package of the recipe's document with an empty body and no paragraph styles. */
  constructor(private readonly reference: () => Promise<Uint8Array>) {}

  /** The DOCX of `word`, whose paragraph styles are `paragraphStyles`, stamped with `date` (core.xml, ZIP entries). */
  async pack(word: File, paragraphStyles: readonly IParagraphStyleOptions[], date: Date): Promise<Uint8Array> {
    this.skeleton ??= Promise.all([this.reference(), platformDeflaters()]).then(([reference, { raw }]) => skeletonOf(reference, raw));
    const skeleton = await this.skeleton.catch((e: unknown) => {
      this.skeleton = undefined;
      throw e;
    });
    const context = { file: word, viewWrapper: word.Document, stack: [] };
    let document = xmlOf(word.Document.View.prepForXml(context)!, true);
    // docx would also fill in `{reference-instance}` of numbered lists; our forms have none.
    for (const n of word.Numbering.ConcreteNumbering) {
      if (document.includes(`{${n.reference}-`)) throw new Error('docx package: numbered lists are not packed here');
    }

    // Pictures: docx writes `{key}` where a picture's relationship id goes, numbered after the document's own.
    const relationships = word.Document.Relationships;
    const first = relationships.RelationshipCount + 1;
    const pictures = word.Media.Entries.filter(([key]) => document.includes(`{${key}}`));
    pictures.forEach(([key, media], i) => {
      document = document.replaceAll(`{${key}}`, String(first + i));
      relationships.addRelationship(first + i, IMAGE, `media/${media.fileName}`);
    });
    relationships.addRelationship(relationships.RelationshipCount + 1, FONT_TABLE, 'fontTable.xml');

    const styles = skeleton.stylesHead + paragraphStyles.map((s) => xmlElement(new StyleForParagraph(s).prepForXml(context)!)).join('') + STYLES_END;
    const stamp = date.toISOString();
    const varying = new Map<string, string>([
      [DOCUMENT, document],
      [STYLES, styles],
      [CORE, xmlOf(word.CoreProperties.prepForXml(context)!, true).replace(TIMESTAMPS, `$1${stamp}`)],
      [DOCUMENT_RELS, xmlOf(relationships.prepForXml(context)!, false)],
    ]);
    const { deflate } = skeleton;
    const parts = skeleton.parts.map((p) => (typeof p === 'string' ? zipPart(p, varying.get(p)!, deflate) : p));
    for (const { fileName, data } of word.Media.Array) parts.push(zipPart(`word/media/${fileName}`, data instanceof Uint8Array ? data : new Uint8Array(data), deflate));
    return zipParts(parts, date);
  }
}
