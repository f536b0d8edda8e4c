import { xmlSafe } from '../../../shared/text/xml';
import { Document as WordDocument, Packer, PageOrientation, Table, type IParagraphStyleOptions, type ISectionOptions } from 'docx';
import type { ResolvedDocument } from '../../document';
import type { FontLoader } from '../../fonts';
import type { DocxBlock, DocxContext } from './context';
import './docx-fix';
import { embeddedFonts, type EmbeddedFont } from './embed';
import { DocxPackager } from './package';
import { ParagraphStyles } from './paragraph-styles';
import { UsedCharacters, fontTableXml } from './fonts';
import { renderBlock } from './handlers';
import { DEFAULT_RUN, gapParagraph } from './text';
import { mmToTwip } from './units';

export interface DocxOptions {
  /**
   * Where the renderers' fonts come from (forms/fonts). Given, subsets of them are embedded under the names the runs
   * use, so the file looks like the PDF on machines without SimSun (+20–40 KB per document). Off by default: offices
   * edit these files in Word/WPS, which have SimSun and prefer it; and LibreOffice keeps the first document's
   * embedded 宋体 for the whole session, so a second document opened beside it loses the characters the first
   * subset lacks.
   */
  fonts?: FontLoader | false;
  /** Stamped in core.xml and on the package's entries (default now): fix it for byte-identical output. */
  date?: Date;
}

/** Word content of a document's body, one handler per block type. */
export function renderBody(doc: ResolvedDocument, ctx: DocxContext): DocxBlock[] {
  const out: DocxBlock[] = [];
  for (const block of doc.body) {
    const blocks = renderBlock(block, ctx);
    // Word and LibreOffice join two tables with nothing between them into one.
    if (blocks[0] instanceof Table && out[out.length - 1] instanceof Table) out.push(gapParagraph(1));
    out.push(...blocks);
  }
  // The body ends with a paragraph, as Word writes it.
  if (out.length === 0 || out[out.length - 1] instanceof Table) out.push(gapParagraph(1));
  return out;
}

/** Section properties of a page: size and margins (header and footer distances within the margins). */
function pageSection(page: ResolvedDocument['page'], children: DocxBlock[]): ISectionOptions {
  const { width, height, margins } = page;
  return {
    properties: {
      page: {
        size: { width: mmToTwip(width), height: mmToTwip(height), orientation: PageOrientation.PORTRAIT },
        margin: {
          top: mmToTwip(margins.top),
          right: mmToTwip(margins.right),
          bottom: mmToTwip(margins.bottom),
          left: mmToTwip(margins.left),
          header: mmToTwip(Math.min(10, margins.top / 2)),
          footer: mmToTwip(Math.min(10, margins.bottom / 2)),
        },
      },
    },
    children,
  };
}

/** docx's document for our content: every DOCX we write is made by this one recipe. */
function wordFile(title: string, paragraphStyles: IParagraphStyleOptions[], section: ISectionOptions, fonts: readonly EmbeddedFont[] = []): WordDocument {
  return new WordDocument({
    title: xmlSafe(title),
    creator: 'zhicheng-desk',
    lastModifiedBy: 'zhicheng-desk',
    // docx types embedded font data as Node's Buffer but only slices and copies it: a Uint8Array works everywhere.
    fonts: fonts.map((f) => ({ name: f.name, data: f.data as unknown as Buffer })),
    styles: {
      default: {
        document: {
          run: DEFAULT_RUN,
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
      paragraphStyles,
    },
    sections: [section],
  });
}

/** docx's own package of `word`, with our font table (docx writes none unless it embeds). */
const packedByDocx = (word: WordDocument): Promise<Uint8Array> =>
  Packer.pack(word, 'uint8array', false, [{ path: 'word/fontTable.xml', data: fontTableXml(word.FontTable.files) }]);

/** Parts every document of the recipe shares are packed once, from an empty document. */
const packager = new DocxPackager(() =>
  packedByDocx(wordFile('', [], { children: [] })),
);

/** docx's model of the document's content: the page with its body, and the paragraph styles the body uses. */
function wordContent(doc: ResolvedDocument): { section: ISectionOptions; styles: IParagraphStyleOptions[]; chars: UsedCharacters } {
  const { width, height, margins } = doc.page;
  let drawings = 0;
  const ctx: DocxContext = {
    chars: new UsedCharacters(),
    paragraphStyles: new ParagraphStyles(),
    width: width - margins.left - margins.right,
    bodyHeight: height - margins.top - margins.bottom,
    drawingId: () => String(++drawings),
    render: (blocks, c) => blocks.flatMap((b) => renderBlock(b, c)),
  };
  const section = pageSection(doc.page, renderBody(doc, ctx));
  return { section, styles: ctx.paragraphStyles.definitions, chars: ctx.chars };
}

/** The resolved document as a .docx file (Node and browser: no Node-only API on this path). */
export async function renderDocxDocument(doc: ResolvedDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  const { section, styles, chars } = wordContent(doc);
  const fonts = options.fonts ? await embeddedFonts(options.fonts, chars) : [];
  // Embedded faces change the settings, the content types and the font table: such a document (one at a time, never
  // an export's) goes through docx's own packer, which also obfuscates the faces.
  if (fonts.length) return packedByDocx(wordFile(doc.title, styles, section, fonts));
  return packager.pack(wordFile(doc.title, [], section), styles, options.date ?? new Date());
}

/** The document as docx's own packer writes it: what package.test.ts holds our package to. */
export function renderDocxByDocx(doc: ResolvedDocument): Promise<Uint8Array> {
  const { section, styles } = wordContent(doc);
  return packedByDocx(wordFile(doc.title, styles, section));
}
